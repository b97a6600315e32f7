namespace Simore.Core.Importing.TextFiles;

/// <summary>A text file's content and the encoding it was read with ("utf-8", "windows-1252", "macintosh").</summary>
/// <param name="RepairedWords">Words whose double-decoding damage was undone (see <see cref="TextPlausibility"/>).</param>
public sealed record DecodedText(string Text, string EncodingName, int RepairedWords = 0);

namespace Simore.Core.Importing.Sheet;

/// <summary>Readers look at the whole file (encoding, zip signature) before parsing it.</summary>
public static class StreamBytes
{
    /// <returns>The bytes, or null when the stream cannot be read to its end.</returns>
    public static byte[]? ReadAll(Stream content)
    {
        try
        {
            if (content is MemoryStream memory && memory.Position == 0)
            {
                return memory.ToArray();
            }

            using var copy = new MemoryStream();
            content.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException)
        {
            return null;
        }
    }
}

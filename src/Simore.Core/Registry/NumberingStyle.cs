namespace Simore.Core.Registry;

/// <summary>How a document numbers its recommendations.</summary>
public enum NumberingStyle
{
    /// <summary>UPR Working Group reports: "140.7" (paragraph.item).</summary>
    Dotted = 1,

    /// <summary>Concluding observations and visit reports: "12 (b)".</summary>
    ParagraphLetter = 2,

    /// <summary>Plain paragraph numbers, or an ordinal where the source has no numbers.</summary>
    Plain = 3,
}

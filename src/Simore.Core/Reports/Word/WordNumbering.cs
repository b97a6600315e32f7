using DocumentFormat.OpenXml.Wordprocessing;

namespace Simore.Core.Reports.Word;

/// <summary>The UN's paragraph numbering, "1." to the end of the body, with a hanging indent.</summary>
internal static class WordNumbering
{
    public const int ParagraphsId = 1;

    public static Numbering Create() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "567", Hanging = "567" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = ParagraphsId });
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Simore.Core.Reports.Word;

/// <summary>
/// The styles a drafter finds in Word's style gallery: real Heading 1 and Heading 2 (so the table of
/// contents and the navigation pane work), a numbered paragraph style, notes, the TOC levels.
/// </summary>
internal static class WordStyles
{
    public const string NumberedParagraph = "SimoreNumbered";
    public const string Covering = "SimoreCovering";
    public const string Lead = "SimoreLead";
    public const string Indented = "SimoreIndented";
    public const string Note = "SimoreNote";
    public const string TitleLine = "SimoreTitleLine";
    public const string Grid = "SimoreGrid";

    /// <summary>Half-points: 10 pt body, as UN documents.</summary>
    private const string BodySize = "20";

    public static Styles Create(string language, bool rightToLeft)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "SimSun", ComplexScript = "Times New Roman" },
                    new FontSize { Val = BodySize },
                    new FontSizeComplexScript { Val = BodySize },
                    new Languages { Val = Culture(language), EastAsia = "zh-CN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(
            Paragraph("Normal", "Normal", null, null, isDefault: true),
            Paragraph("Title", "Title", "Normal", "Normal", bold: true, size: "34", after: "240"),
            Heading(1, "28"),
            Heading(2, "22"),
            Paragraph("TOCHeading", "TOC Heading", "Normal", "Normal", bold: true, size: "26", after: "240"),
            Paragraph("TOC1", "toc 1", "Normal", "Normal", after: "60"),
            Paragraph("TOC2", "toc 2", "Normal", "Normal", after: "40", indent: "440"),
            Paragraph(TitleLine, "Title page line", "Normal", "Normal", after: "0"),
            Paragraph(Covering, "Recommendations covered", "Normal", "Normal", keepNext: true, indent: "567", after: "160"),
            Numbered(),
            Paragraph(Lead, "Recommendation", "Normal", "Normal", bold: true, keepNext: true, before: "160"),
            Paragraph(Indented, "Recommendation details", "Normal", "Normal", indent: "567", after: "80"),
            NoteStyle(),
            Paragraph("Caption", "caption", "Normal", "Normal", bold: true, keepNext: true, after: "60"),
            GridStyle());
        if (rightToLeft)
        {
            // Arabic: every paragraph runs right to left; their alignment stays "start" (see BUILD_NOTES on LibreOffice).
            styles.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.PrependChild(new BiDi());
        }

        return styles;
    }

    /// <summary>The language tag Word spell-checks the report in.</summary>
    public static string Culture(string language) => language switch
    {
        "ar" => "ar-SA",
        "es" => "es-ES",
        "fr" => "fr-FR",
        "ru" => "ru-RU",
        "zh" => "zh-CN",
        _ => "en-GB",
    };

    private static Style Heading(int level, string size)
    {
        var style = Paragraph("Heading" + level, "heading " + level, "Normal", "Normal", bold: true, size: size, keepNext: true, before: level == 1 ? "360" : "240", after: "120");
        style.StyleParagraphProperties!.Append(new OutlineLevel { Val = level - 1 });
        style.InsertBefore(new UIPriority { Val = 9 }, style.StyleParagraphProperties);
        style.InsertBefore(new PrimaryStyle(), style.StyleParagraphProperties);
        return style;
    }

    private static Style Numbered()
    {
        var style = Paragraph(NumberedParagraph, "Numbered paragraph", "Normal", "Normal");
        style.StyleParagraphProperties!.PrependChild(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordNumbering.ParagraphsId }));
        style.StyleParagraphProperties.Append(new Justification { Val = JustificationValues.Both });
        return style;
    }

    private static Style NoteStyle()
    {
        var style = Paragraph(Note, "Drafting note", "Normal", "Normal", after: "120");
        style.StyleParagraphProperties!.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "FFF4CE" });
        style.StyleRunProperties!.Append(new Italic(), new Color { Val = "5C4400" });
        ReorderNoteProperties(style.StyleParagraphProperties);
        return style;
    }

    /// <summary>Shading comes before spacing in a paragraph's properties.</summary>
    private static void ReorderNoteProperties(StyleParagraphProperties properties)
    {
        var shading = properties.GetFirstChild<Shading>()!;
        shading.Remove();
        properties.InsertBefore(shading, properties.GetFirstChild<SpacingBetweenLines>());
    }

    private static Style Paragraph(string id, string name, string? basedOn, string? next, bool isDefault = false, bool bold = false, string? size = null,
        bool keepNext = false, string? before = null, string? after = null, string? indent = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.Append(new KeepNext());
        }

        if (before is not null || after is not null)
        {
            var spacing = new SpacingBetweenLines();
            if (before is not null)
            {
                spacing.Before = before;
            }

            if (after is not null)
            {
                spacing.After = after;
            }

            paragraph.Append(spacing);
        }

        if (indent is not null)
        {
            paragraph.Append(new Indentation { Left = indent });
        }

        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold(), new BoldComplexScript());
        }

        if (size is not null)
        {
            run.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        }

        style.Append(run);
        return style;
    }

    private static Style GridStyle() => new(
        new StyleName { Val = "Simore grid" },
        new BasedOn { Val = "TableNormal" },
        new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0" }),
        new StyleRunProperties(new FontSize { Val = "17" }, new FontSizeComplexScript { Val = "17" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "A0A0A0" }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = Grid,
    };
}

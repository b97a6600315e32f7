using DocumentFormat.OpenXml.Wordprocessing;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Word;

/// <summary>Tables with a grid, a header row repeated on every page and rows that do not split; the status chart as a table of bars.</summary>
internal static class WordTables
{
    /// <summary>A full bar of the chart, in block characters.</summary>
    private const int BarLength = 40;

    public static void Write(WordBlocks write, TableBlock block, int width)
    {
        if (block.Caption is not null)
        {
            write.Body.Append(write.Styled("Caption", write.Run(block.Caption)));
        }

        var total = block.Columns.Sum(c => c.Weight);
        var widths = block.Columns.Select(c => width * c.Weight / total).ToList();
        var table = Table(write, widths);
        var header = new TableRow(new TableRowProperties(new CantSplit(), new TableHeader()));
        for (var i = 0; i < block.Columns.Count; i++)
        {
            header.Append(WordCell(write, widths[i], new Cell(block.Columns[i].Header, Bold: true), "E8ECEF", block.Columns[i].Numeric));
        }

        table.Append(header);
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var i = 0; i < widths.Count; i++)
            {
                var cell = i < row.Count ? row[i] : new Cell(string.Empty);
                tableRow.Append(WordCell(write, widths[i], cell, cell.Tone is { } tone ? Tones.Colour(tone) : null, block.Columns[i].Numeric));
            }

            table.Append(tableRow);
        }

        write.Body.Append(table);
        write.Body.Append(write.Styled("Normal"));
    }

    /// <summary>One row per bar: its label, coloured blocks in proportion to each status, the total; then the legend.</summary>
    public static void Chart(WordBlocks write, StatusChartBlock chart, int width)
    {
        write.Body.Append(write.Styled("Caption", write.Run(chart.Caption)));
        var widths = new List<int> { width * 3 / 10, width * 6 / 10, width / 10 };
        var table = Table(write, widths);
        foreach (var bar in chart.Bars)
        {
            var blocks = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }));
            if (write.RightToLeft)
            {
                blocks.ParagraphProperties!.Append(new BiDi());
            }

            foreach (var (tone, _) in chart.Legend)
            {
                var count = bar.Counts.GetValueOrDefault(tone);
                var length = bar.Total == 0 ? 0 : (int)Math.Round((double)BarLength * count / bar.Total);
                if (length > 0)
                {
                    blocks.Append(new Run(new RunProperties(new Color { Val = Tones.Colour(tone) }), WordBlocks.Text(new string('\u2588', length))));
                }
            }

            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                WordCell(write, widths[0], new Cell(bar.Label), null, numeric: false),
                new TableCell(CellProperties(widths[1], null), blocks),
                WordCell(write, widths[2], new Cell(bar.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)), null, numeric: true)));
        }

        write.Body.Append(table);
        var legend = write.Styled("Normal");
        foreach (var (tone, label) in chart.Legend)
        {
            legend.Append(new Run(new RunProperties(new Color { Val = Tones.Colour(tone) }), WordBlocks.Text("\u25A0 ")));
            legend.Append(write.Run(label + "   "));
        }

        write.Body.Append(legend);
    }

    private static Table Table(WordBlocks write, IReadOnlyList<int> widths)
    {
        var properties = new TableProperties(new TableStyle { Val = WordStyles.Grid });
        if (write.RightToLeft)
        {
            properties.Append(new BiDiVisual());
        }

        properties.Append(
            new TableWidth { Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableLook { Val = "04A0" });
        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
    }

    private static TableCell WordCell(WordBlocks write, int width, Cell cell, string? fill, bool numeric)
    {
        var result = new TableCell(CellProperties(width, fill));
        var tone = cell.Tone;
        foreach (var line in cell.Text.Split('\n'))
        {
            var paragraph = write.Styled("Normal", write.Run(new Span(line, cell.Bold ? SpanStyle.Bold : SpanStyle.Plain)));
            if (tone is { } t)
            {
                var properties = paragraph.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Run>()!.RunProperties ?? paragraph.GetFirstChild<DocumentFormat.OpenXml.Wordprocessing.Run>()!.PrependChild(new RunProperties());
                properties.InsertBefore(new Color { Val = "FFFFFF" }, properties.GetFirstChild<RightToLeftText>());
            }

            if (numeric && !write.RightToLeft)
            {
                paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Right });
            }

            result.Append(paragraph);
        }

        return result;
    }

    private static TableCellProperties CellProperties(int width, string? fill)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        return properties;
    }
}

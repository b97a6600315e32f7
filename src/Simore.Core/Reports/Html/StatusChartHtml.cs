using System.Globalization;
using System.Text;
using Simore.Core.Reports.Compose;

namespace Simore.Core.Reports.Html;

/// <summary>The status chart as horizontal stacked bars in inline SVG (no script, so it prints and previews alike).</summary>
internal static class StatusChartHtml
{
    public static void Write(StringBuilder html, StatusChartBlock chart, bool rightToLeft)
    {
        html.Append("<figure class=\"chart\"><figcaption>").Append(HtmlReportWriter.Encode(chart.Caption)).Append("</figcaption><table class=\"bars\"><tbody>");
        foreach (var bar in chart.Bars)
        {
            html.Append("<tr><th scope=\"row\">").Append(HtmlReportWriter.Encode(bar.Label)).Append("</th><td class=\"bar\">")
                .Append("<svg viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"")
                .Append(HtmlReportWriter.Encode(Describe(bar, chart))).Append("\"><g")
                .Append(rightToLeft ? " transform=\"matrix(-1 0 0 1 100 0)\"" : string.Empty).Append('>');
            var x = 0.0;
            foreach (var (tone, _) in chart.Legend)
            {
                var count = bar.Counts.GetValueOrDefault(tone);
                if (count == 0 || bar.Total == 0)
                {
                    continue;
                }

                var width = 100.0 * count / bar.Total;
                html.Append("<rect x=\"").Append(x.ToString("0.###", CultureInfo.InvariantCulture)).Append("\" y=\"0\" height=\"10\" width=\"")
                    .Append(width.ToString("0.###", CultureInfo.InvariantCulture)).Append("\" fill=\"#").Append(Tones.Colour(tone)).Append("\"/>");
                x += width;
            }

            html.Append("</g></svg></td><td class=\"count\">").Append(bar.Total.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        html.Append("</tbody></table><ul class=\"legend\">");
        foreach (var (tone, label) in chart.Legend)
        {
            html.Append("<li><span class=\"swatch tone-").Append(tone.ToString().ToLowerInvariant()).Append("\"></span>").Append(HtmlReportWriter.Encode(label)).Append("</li>");
        }

        html.Append("</ul></figure>");
    }

    private static string Describe(StatusBar bar, StatusChartBlock chart) =>
        bar.Label + ": " + string.Join(", ", chart.Legend.Where(l => bar.Counts.GetValueOrDefault(l.Tone) > 0).Select(l => l.Label + " " + bar.Counts[l.Tone].ToString(CultureInfo.InvariantCulture)));
}

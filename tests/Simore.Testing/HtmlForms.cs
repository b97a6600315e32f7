using AngleSharp.Html.Dom;

namespace Simore.Testing;

/// <summary>What a browser sends for a form: its fields as the server wrote them (hidden fields, the antiforgery token, defaults), with some filled in.</summary>
public static class HtmlForms
{
    /// <param name="fields">The values typed: they replace the form's own values of those names.</param>
    public static List<KeyValuePair<string, string>> Values(IHtmlFormElement form, IReadOnlyDictionary<string, string> fields)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if (fields.ContainsKey(input.Name!) || input.Type is "submit" or "button")
            {
                continue;
            }

            if (input.Type is "checkbox" or "radio")
            {
                if (input.IsChecked)
                {
                    values.Add(new(input.Name!, input.Value));
                }

                continue;
            }

            values.Add(new(input.Name!, input.Value));
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            if (fields.ContainsKey(select.Name!))
            {
                continue;
            }

            if (select.IsMultiple)
            {
                values.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
            }
            else
            {
                values.Add(new(select.Name!, select.Value ?? string.Empty));
            }
        }

        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>())
        {
            if (!fields.ContainsKey(area.Name!))
            {
                values.Add(new(area.Name!, area.Value));
            }
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        return values;
    }
}

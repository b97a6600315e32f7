using System.Xml.Linq;
using Simore.Testing;

namespace Simore.EndToEndTests;

/// <summary>The interface's own wording in a language, read from the translations the app ships.</summary>
public static class UiText
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Cache = [];

    public static string In(string language, string key)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(language, out var texts))
            {
                var file = RepositoryFiles.PathOf("localization", language == "en" ? "SharedResource.resx" : $"SharedResource.{language}.resx");
                texts = XDocument.Load(file).Root!.Elements("data")
                    .GroupBy(d => (string)d.Attribute("name")!)
                    .ToDictionary(g => g.Key, g => (string?)g.First().Element("value") ?? string.Empty);
                Cache[language] = texts;
            }

            return texts.TryGetValue(key, out var text) ? text : throw new AssertionException($"No text '{key}' in {language}.");
        }
    }
}

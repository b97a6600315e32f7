using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Simore.Core.Identity;
using Simore.Core.Localization;
using Simore.Core.Registry;
using Simore.Testing;
using Simore.Web.Features.Shared;

namespace Simore.UnitTests.Localization;

/// <summary>
/// Every string the interface shows goes through the localizer; this fails when a key the code
/// uses is missing, empty or has different placeholders in any of the six languages.
/// </summary>
public sealed partial class LocalizationCompletenessTests
{
    private static readonly string[] Translations = ["ar", "es", "fr", "ru", "zh"];

    [Test]
    public void Every_key_the_code_uses_is_translated_into_the_six_languages()
    {
        var used = UsedKeys();
        var english = Load(null);
        var missing = new List<string>();
        foreach (var key in used)
        {
            if (string.IsNullOrWhiteSpace(english.GetValueOrDefault(key)))
            {
                missing.Add($"en: {key}");
            }

            foreach (var language in Translations)
            {
                if (string.IsNullOrWhiteSpace(Load(language).GetValueOrDefault(key)))
                {
                    missing.Add($"{language}: {key}");
                }
            }
        }

        Assert.That(used, Has.Count.GreaterThan(100), "the key scan found the code's strings");
        Assert.That(missing, Is.Empty, "add them with localization/l10n.py");
    }

    [Test]
    public void Translations_keep_the_placeholders_of_the_key()
    {
        var wrong = new List<string>();
        foreach (var language in Translations)
        {
            foreach (var (key, value) in Load(language))
            {
                if (!Placeholders(key).SetEquals(Placeholders(value)))
                {
                    wrong.Add($"{language}: {key} -> {value}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void All_languages_have_the_same_keys()
    {
        var english = Load(null).Keys.ToHashSet();

        foreach (var language in Translations)
        {
            Assert.That(Load(language).Keys, Is.EquivalentTo(english), language);
        }
    }

    [TestCase("ar", "Recommendations", "التوصيات")]
    [TestCase("zh", "Sign in", "登录")]
    [TestCase("ru", "Position", "Позиция")]
    public void The_built_application_carries_the_translations(string language, string key, string expected)
    {
        var resources = new ResourceManager("Simore.Core.Localization.SharedResource", typeof(SharedResource).Assembly);

        Assert.That(resources.GetString(key, CultureInfo.GetCultureInfo(language)), Is.EqualTo(expected));
    }

    private static HashSet<string> UsedKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var source = RepositoryFiles.PathOf("src");
        var files = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(source, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/Migrations/", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var patterns = Path.GetFileName(file) == "Display.cs"
                ? new[] { DisplayLabel() }
                : new[] { LocalizerCall(), ImportProblemMessage(), FailedMessage(), MarkedKey() };
            foreach (var pattern in patterns)
            {
                foreach (Match match in pattern.Matches(text))
                {
                    keys.Add(Regex.Unescape(match.Groups[1].Value));
                }
            }
        }

        keys.UnionWith(Enum.GetValues<Position>().Select(Display.Position));
        keys.UnionWith(Enum.GetValues<Mechanism>().Select(Display.Mechanism));
        keys.UnionWith(Roles.TenantRoles.Append(Roles.PlatformAdministrator).Select(Display.Role));
        return keys;
    }

    private static Dictionary<string, string> Load(string? language)
    {
        var file = RepositoryFiles.PathOf("localization", language is null ? "SharedResource.resx" : $"SharedResource.{language}.resx");
        return XDocument.Load(file).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b[Ll]\[\s*""((?:[^""\\]|\\.)+)""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"new ImportProblem\(\s*[^,]+,\s*(?:null|""[^""]*""|[^,()]+),\s*""((?:[^""\\]|\\.)+)""")]
    private static partial Regex ImportProblemMessage();

    [GeneratedRegex(@"\bFailed\(\s*""((?:[^""\\]|\\.)+)""")]
    private static partial Regex FailedMessage();

    /// <summary>The labels Display maps domain values to: every switch arm's string.</summary>
    [GeneratedRegex(@"=>\s*""((?:[^""\\]|\\.)+)""")]
    private static partial Regex DisplayLabel();

    [GeneratedRegex(@"\bLocalizedKey\(\s*""((?:[^""\\]|\\.)+)""")]
    private static partial Regex MarkedKey();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}

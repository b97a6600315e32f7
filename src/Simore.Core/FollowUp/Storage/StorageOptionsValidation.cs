using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Simore.Core.FollowUp.Storage;

/// <summary>
/// Checked when a web or worker process starts: the folder of uploaded evidence exists (or can be
/// created) and can be written, so that a wrong path or a volume mounted read-only stops the process
/// with a clear message instead of failing the first upload.
/// </summary>
public sealed class StorageOptionsValidation(IHostEnvironment? environment = null) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail("Storage:Path is empty: set it (environment variable Storage__Path) to the folder of uploaded files.");
        }

        var root = RootOf(options, environment);
        try
        {
            Directory.CreateDirectory(root);
            var probe = System.IO.Path.Combine(root, $".write-test-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Path '{root}' cannot be written by this process ({e.Message}). Set Storage:Path (environment variable Storage__Path) to a folder it may write, such as a mounted volume.");
        }
    }

    /// <summary>The folder itself: a relative Storage:Path is taken from the content root.</summary>
    public static string RootOf(StorageOptions options, IHostEnvironment? environment) =>
        System.IO.Path.IsPathRooted(options.Path)
            ? options.Path
            : System.IO.Path.Combine(environment?.ContentRootPath ?? AppContext.BaseDirectory, options.Path);
}

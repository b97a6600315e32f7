using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Simore.Core.FollowUp.Storage;

/// <summary>
/// Checked when a web or worker process starts: the folder of uploaded evidence exists (or can be
/// created) and can be written, so that a wrong path or a volume mounted read-only stops the process
/// with a clear message instead of failing the first upload; for an S3 bucket, that the settings
/// that name and reach it are complete (whether it answers is the readiness check's business: a
/// store that is down for a while must not stop the portal).
/// </summary>
public sealed class StorageOptionsValidation(IHostEnvironment? environment = null) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.IsS3)
        {
            return ValidateS3(options.S3);
        }

        if (!string.IsNullOrWhiteSpace(options.Provider) && !string.Equals(options.Provider.Trim(), StorageOptions.Local, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider is '{options.Provider}': use Local (a folder, the default) or S3 (an S3-compatible bucket). Environment variable Storage__Provider.");
        }

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

    private static ValidateOptionsResult ValidateS3(S3StorageOptions s3)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(s3.Bucket))
        {
            failures.Add("Storage:Provider is S3 but no bucket is set: set Storage:S3:Bucket (environment variable Storage__S3__Bucket).");
        }

        if (!string.IsNullOrWhiteSpace(s3.ServiceUrl)
            && !(Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
        {
            failures.Add($"Storage:S3:ServiceUrl '{s3.ServiceUrl}' is not an http or https address (for example https://minio.example.org:9000).");
        }

        if (string.IsNullOrWhiteSpace(s3.Region))
        {
            failures.Add("Storage:S3:Region is empty: set the region the bucket is in (us-east-1 for most S3-compatible stores).");
        }
        else if (string.IsNullOrWhiteSpace(s3.ServiceUrl) && !Amazon.RegionEndpoint.EnumerableAllRegions.Any(r => r.SystemName == s3.Region))
        {
            failures.Add($"Storage:S3:Region '{s3.Region}' is not an Amazon S3 region; for another store set Storage:S3:ServiceUrl as well.");
        }

        if (string.IsNullOrEmpty(s3.AccessKey) != string.IsNullOrEmpty(s3.SecretKey))
        {
            failures.Add("Storage:S3:AccessKey and Storage:S3:SecretKey go together: set both (Storage__S3__AccessKey, Storage__S3__SecretKey), or neither to use the AWS_* variables or the machine's role.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The folder itself: a relative Storage:Path is taken from the content root.</summary>
    public static string RootOf(StorageOptions options, IHostEnvironment? environment) =>
        System.IO.Path.IsPathRooted(options.Path)
            ? options.Path
            : System.IO.Path.Combine(environment?.ContentRootPath ?? AppContext.BaseDirectory, options.Path);
}

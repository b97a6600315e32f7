namespace Simore.Core.FollowUp.Storage;

/// <summary>
/// Where uploaded evidence lives: outside the database, behind this interface. Local (or mounted
/// shared) disk by default; an S3-compatible object store for installations without a shared file
/// system. Keys are made by the application (tenant/year/guid.ext), never taken from user input.
/// </summary>
public interface IFileStorage
{
    Task SaveAsync(string key, Stream content, CancellationToken cancellationToken = default);

    /// <summary>Null when there is no such file.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

public sealed class StorageOptions
{
    public const string Local = "Local";
    public const string S3Provider = "S3";

    /// <summary><see cref="Local"/> (the default, also when empty) or <see cref="S3Provider"/>.</summary>
    public string Provider { get; set; } = Local;

    /// <summary>The folder of the local-disk store; relative paths are relative to the content root.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(".simore", "files");

    public S3StorageOptions S3 { get; set; } = new();

    public bool IsS3 => string.Equals(Provider?.Trim(), S3Provider, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An S3-compatible bucket: Amazon S3, MinIO, Ceph RGW, Garage, a cloud provider's object store.</summary>
public sealed class S3StorageOptions
{
    /// <summary>The endpoint of a store that is not Amazon S3 (https://minio.example.org:9000); empty for Amazon S3.</summary>
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    /// <summary>The region the requests are signed for; most other stores accept any (us-east-1 by convention).</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>With the secret key; both empty means the SDK's own chain (AWS_* variables, web identity, instance role).</summary>
    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary>Address the bucket in the path (https://host/bucket/key) rather than the host name: what most self-hosted stores need.</summary>
    public bool ForcePathStyle { get; set; } = true;

    /// <summary>Optional folder inside the bucket (for example "simore/"), so one bucket can serve several installations.</summary>
    public string? Prefix { get; set; }
}

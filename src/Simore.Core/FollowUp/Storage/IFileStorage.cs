namespace Simore.Core.FollowUp.Storage;

/// <summary>
/// Where uploaded evidence lives: outside the database, behind this interface (local disk by
/// default; an S3-compatible store can implement it for deployments with several machines).
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
    /// <summary>The folder of the local-disk store; relative paths are relative to the content root.</summary>
    public string Path { get; set; } = System.IO.Path.Combine(".simore", "files");
}

namespace Simore.Core.Tenancy;

/// <summary>Thrown when code tries to save a row of a tenant other than the current one.</summary>
public sealed class TenantMismatchException : InvalidOperationException
{
    public TenantMismatchException()
    {
    }

    public TenantMismatchException(string message)
        : base(message)
    {
    }

    public TenantMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

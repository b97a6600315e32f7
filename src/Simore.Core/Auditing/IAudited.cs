namespace Simore.Core.Auditing;

/// <summary>A record whose every change is written to the audit trail (who, when, before → after).</summary>
public interface IAudited
{
    long Id { get; }
}

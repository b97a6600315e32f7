using Simore.Core.Auditing;
using Simore.Core.Tenancy;

namespace Simore.Core.Network;

/// <summary>
/// A thematic working group of focal points (SIMORE has seven), which follows some clusters and
/// should meet at least four times a year.
/// </summary>
public sealed class WorkingGroup : TenantEntity, IAudited
{
    public const int MeetingsExpectedPerYear = 4;

    public required string Name { get; set; }

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public uint Version { get; set; }

    public List<WorkingGroupInstitution> Institutions { get; set; } = [];

    public List<WorkingGroupMember> Members { get; set; } = [];

    public List<WorkingGroupCluster> Clusters { get; set; } = [];

    public List<Meeting> Meetings { get; set; } = [];
}

public sealed class WorkingGroupInstitution : ITenantOwned
{
    public int TenantId { get; set; }

    public long WorkingGroupId { get; set; }

    public long InstitutionId { get; set; }
}

public sealed class WorkingGroupMember : ITenantOwned
{
    public int TenantId { get; set; }

    public long WorkingGroupId { get; set; }

    public Guid UserId { get; set; }
}

public sealed class WorkingGroupCluster : ITenantOwned
{
    public int TenantId { get; set; }

    public long WorkingGroupId { get; set; }

    public long ClusterId { get; set; }
}

/// <summary>A meeting of a working group: agenda before, minutes and decisions after, who attended.</summary>
public sealed class Meeting : TenantEntity, IAudited
{
    public long WorkingGroupId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public string? Location { get; set; }

    public string? Agenda { get; set; }

    public string? Minutes { get; set; }

    public string? Decisions { get; set; }

    /// <summary>People present who have no account (civil society, UN agencies…).</summary>
    public string? OtherAttendees { get; set; }

    public uint Version { get; set; }

    public List<MeetingAttendance> Attendance { get; set; } = [];
}

public sealed class MeetingAttendance : ITenantOwned
{
    public int TenantId { get; set; }

    public long MeetingId { get; set; }

    public Guid UserId { get; set; }
}

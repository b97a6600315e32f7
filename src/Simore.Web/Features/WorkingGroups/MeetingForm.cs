using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Simore.Core.Localization;
using Simore.Core.Network;

namespace Simore.Web.Features.WorkingGroups;

public sealed record MeetingForm
{
    public uint Version { get; init; }

    /// <summary>As a datetime-local field sends it (2027-03-04T10:00), in UTC; read without the interface culture.</summary>
    public string StartsAt { get; init; } = string.Empty;

    public string? Location { get; init; }

    public string? Agenda { get; init; }

    public string? Minutes { get; init; }

    public string? Decisions { get; init; }

    public List<Guid> PresentIds { get; init; } = [];

    public string? OtherAttendees { get; init; }

    private static readonly string[] Formats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    /// <summary>Null when the field is empty (model binding then gives null, whatever the default) or not a date and time.</summary>
    public DateTimeOffset? StartsAtUtc() =>
        !string.IsNullOrWhiteSpace(StartsAt)
        && DateTime.TryParseExact(StartsAt.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc))
            : null;

    public static string Format(DateTimeOffset startsAt) => startsAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    public static MeetingForm From(Meeting meeting) => new()
    {
        Version = meeting.Version,
        StartsAt = Format(meeting.StartsAt),
        Location = meeting.Location,
        Agenda = meeting.Agenda,
        Minutes = meeting.Minutes,
        Decisions = meeting.Decisions,
        PresentIds = meeting.Attendance.Select(a => a.UserId).ToList(),
        OtherAttendees = meeting.OtherAttendees,
    };
}

public sealed class MeetingFormValidator : AbstractValidator<MeetingForm>
{
    public MeetingFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(f => f.StartsAt).Must((form, _) => form.StartsAtUtc() is not null)
            .WithMessage(_ => l["Enter the date and time of the meeting."]);
        RuleFor(f => f.Location).MaximumLength(300).WithMessage(_ => l["The location is too long."]);
        RuleFor(f => f.Agenda).MaximumLength(20000).WithMessage(_ => l["The agenda is too long."]);
        RuleFor(f => f.Minutes).MaximumLength(100000).WithMessage(_ => l["The minutes are too long."]);
        RuleFor(f => f.Decisions).MaximumLength(20000).WithMessage(_ => l["The decisions are too long."]);
        RuleFor(f => f.OtherAttendees).MaximumLength(2000).WithMessage(_ => l["The list of other attendees is too long."]);
    }
}

public sealed record MeetingEditModel(long GroupId, string GroupName, long? Id, MeetingForm Form, MeetingForm? Theirs, IReadOnlyList<GroupMember> People);

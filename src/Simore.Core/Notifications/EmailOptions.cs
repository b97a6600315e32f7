namespace Simore.Core.Notifications;

/// <summary>Delivery of the outbox, configuration section "Email".</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>The sender of every message; also names the domain of Message-IDs.</summary>
    public string From { get; set; } = "Simore <simore@localhost>";

    /// <summary>
    /// <c>auto</c>: SMTP when a host is configured, except in Development and Testing, where
    /// messages go to the pickup folder; <c>smtp</c> or <c>pickup</c> force one of them.
    /// </summary>
    public string Delivery { get; set; } = "auto";

    /// <summary>Where the pickup sender writes .eml files; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = ".simore/mail";

    /// <summary>Sending attempts before a message is given up (the waits between them double: 1, 2, 4... minutes).</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Messages one dispatch run sends at most, so that a job stays short; the next run takes the rest.</summary>
    public int MaxPerRun { get; set; } = 500;

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>Require STARTTLS (true by default); when false, TLS only on port 465, plain text otherwise (a local relay).</summary>
    public bool UseStartTls { get; set; } = true;

    public int TimeoutSeconds { get; set; } = 30;
}

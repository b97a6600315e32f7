namespace Simore.Core.Reports.Pdf;

/// <summary>The PDF renderer's settings, section "Pdf" (shared with the Chromium readiness check).</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    public const string DefaultChromiumPath = "/usr/bin/chromium";

    /// <summary>The Chromium executable (Debian package chromium); Playwright's own browser download is not used.</summary>
    public string ChromiumPath { get; set; } = DefaultChromiumPath;

    /// <summary>PDFs printed at the same time by one process; more wait their turn (each render holds a browser tab).</summary>
    public int MaxConcurrentRenders { get; set; } = 2;

    /// <summary>Longest a single render may take before the job gives up.</summary>
    public int RenderTimeoutSeconds { get; set; } = 120;
}

/// <summary>The browser could not be started or reached: the server lacks Chromium or it crashed.</summary>
public sealed class PdfRendererUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

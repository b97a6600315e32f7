using Microsoft.Extensions.Logging;
using NUnit.Framework;

namespace Simore.Testing;

/// <summary>
/// Writes the app's errors into the test output, so that a 500 or an error page says why; with
/// SIMORE_TEST_LOG set, also appends them to that file.
/// </summary>
public sealed class TestLoggerProvider : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new TestLogger(categoryName);

    public void Dispose()
    {
    }

    private sealed class TestLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var line = $"[{logLevel}] {category}: {formatter(state, exception)}{Environment.NewLine}{exception}";
                TestContext.Progress.WriteLine(line);
                if (Environment.GetEnvironmentVariable("SIMORE_TEST_LOG") is { Length: > 0 } file)
                {
                    File.AppendAllText(file, line + Environment.NewLine);
                }
            }
        }
    }
}

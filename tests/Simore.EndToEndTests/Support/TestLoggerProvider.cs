using Microsoft.Extensions.Logging;

namespace Simore.EndToEndTests;

/// <summary>Writes the app's errors into the test output, so that a page showing the error page says why.</summary>
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
                TestContext.Progress.WriteLine($"[{logLevel}] {category}: {formatter(state, exception)}{Environment.NewLine}{exception}");
            }
        }
    }
}

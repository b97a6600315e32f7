using Microsoft.Extensions.Logging;

namespace Simore.IntegrationTests;

/// <summary>Writes the app's warnings and errors into the test output, so a 500 says why.</summary>
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

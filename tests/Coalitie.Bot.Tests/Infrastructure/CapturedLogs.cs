using System.Collections.Concurrent;

namespace Coalitie.Bot.Tests.Infrastructure;

/// <summary>One log entry the host wrote: enough to assert "no error was logged".</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    public override string ToString() =>
        $"{Level} {Category}[{EventId.Id}]: {Message}{(Exception is null ? string.Empty : Environment.NewLine + Exception)}";
}

/// <summary>An <see cref="ILoggerProvider"/> that keeps every entry in memory, in order.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLogEntry> _entries = new();

    public IReadOnlyList<CapturedLogEntry> Entries => [.. _entries];

    /// <summary>Position to pass to <see cref="ErrorsSince"/> to look only at what a test caused.</summary>
    public int Mark() => _entries.Count;

    /// <summary>Error and critical entries written after <paramref name="mark"/>.</summary>
    public IReadOnlyList<CapturedLogEntry> ErrorsSince(int mark) =>
        [.. Entries.Skip(mark).Where(e => e.Level >= LogLevel.Error)];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            ArgumentNullException.ThrowIfNull(formatter);
            entries.Enqueue(new CapturedLogEntry(category, logLevel, eventId, formatter(state, exception), exception));
        }
    }
}

using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace ClusterGraph.Api.Tests.Operations;

/// <summary>
/// A logger provider that writes each entry exactly as the console's JSON formatter would (the host's own
/// formatter and scopes), into memory instead of stdout, so a test can read the log a deployment would see.
/// </summary>
public sealed class JsonLogCapture : ILoggerProvider, ISupportExternalScope
{
    private readonly StringBuilder _text = new();
    private readonly Lock _gate = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConsoleFormatter? Formatter { get; set; }

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private void Write<TState>(LogLevel level, string category, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        using var line = new StringWriter();
        Formatter!.Write(new LogEntry<TState>(level, category, eventId, state, exception, formatter), _scopes, line);
        lock (_gate)
        {
            _text.Append(line);
        }
    }

    private sealed class CapturingLogger(JsonLogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Write(logLevel, category, eventId, state, exception, formatter);
    }
}

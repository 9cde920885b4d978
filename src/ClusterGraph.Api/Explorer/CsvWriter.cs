using System.Globalization;
using System.Text;

namespace ClusterGraph.Api.Explorer;

/// <summary>RFC 4180 records: comma-separated, CRLF-terminated, a field quoted (quotes doubled) when it holds a comma, quote, CR or LF.</summary>
internal sealed class CsvWriter(Stream body) : IAsyncDisposable
{
    private readonly StreamWriter _writer = new(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);

    public async Task WriteRecordAsync(params IReadOnlyList<string?> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                await _writer.WriteAsync(',').ConfigureAwait(false);
            }

            await _writer.WriteAsync(Escape(fields[i] ?? "")).ConfigureAwait(false);
        }

        await _writer.WriteAsync("\r\n").ConfigureAwait(false);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

using System.Text;

namespace ClusterGraph.Fuzz.Tests.Http;

/// <summary>
/// One HTTP request as a corpus file: a request line ("POST /graphql?…"), header lines, a blank line, the
/// body bytes. Reading is lenient, since mutation garbles any part: a line that is not "Name: value" is
/// dropped, and characters Kestrel would refuse in a request line or header (controls, non-ASCII) are
/// dropped too, so the handler sees only what could reach it through a real server.
/// </summary>
internal sealed record HttpInput(string Method, string QueryString, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    public static HttpInput Read(byte[] input)
    {
        int split = IndexOf(input, "\n\n"u8);
        string head = Encoding.Latin1.GetString(input, 0, split < 0 ? input.Length : split);
        byte[] body = split < 0 ? [] : input[(split + 2)..];
        string[] lines = head.Split('\n');

        string requestLine = lines[0];
        int space = requestLine.IndexOf(' ', StringComparison.Ordinal);
        string method = Clean(space < 0 ? requestLine : requestLine[..space], allowSpace: false);
        string target = space < 0 ? string.Empty : Clean(requestLine[(space + 1)..], allowSpace: false);
        int question = target.IndexOf('?', StringComparison.Ordinal);
        string query = question < 0 ? string.Empty : target[question..];

        var headers = new List<(string, string)>();
        foreach (string line in lines.Skip(1))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            string name = colon <= 0 ? string.Empty : Clean(line[..colon], allowSpace: false);
            if (name.Length > 0)
            {
                headers.Add((name, Clean(line[(colon + 1)..], allowSpace: true).Trim()));
            }
        }

        return new HttpInput(method.Length == 0 ? "GET" : method, query, headers, body);
    }

    public byte[] Write()
    {
        var head = new StringBuilder().Append(Method).Append(" /graphql").Append(QueryString).Append('\n');
        foreach ((string name, string value) in Headers)
        {
            head.Append(name).Append(": ").Append(value).Append('\n');
        }

        return [.. Encoding.Latin1.GetBytes(head.Append('\n').ToString()), .. Body];
    }

    private static string Clean(string text, bool allowSpace)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is > ' ' and < '\x7F' || (allowSpace && c is ' ' or '\t'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> value) => data.AsSpan().IndexOf(value);
}

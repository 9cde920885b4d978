using System.Text;

namespace ClusterGraph.Fuzz.Tests.Harness;

/// <summary>Coarse result classes for corpus feedback: an error message with its particulars blanked out.</summary>
internal static class Signatures
{
    /// <summary>The message with quoted text, numbers and "Did you mean" lists replaced, so "Cannot query field "x"" and "…"y"" are one shape.</summary>
    public static string Shape(string message)
    {
        int hint = message.IndexOf(" Did you mean", StringComparison.Ordinal);
        if (hint >= 0)
        {
            message = message[..hint];
        }

        var builder = new StringBuilder(Math.Min(message.Length, 200));
        bool quoted = false;
        foreach (char c in message)
        {
            if (builder.Length >= 200)
            {
                break;
            }

            if (c == '"')
            {
                quoted = !quoted;
                builder.Append('"');
            }
            else if (!quoted)
            {
                if (!char.IsAsciiDigit(c) || builder.Length == 0 || builder[^1] != '#')
                {
                    builder.Append(char.IsAsciiDigit(c) ? '#' : c);
                }
            }
        }

        return builder.ToString();
    }
}

using System.Buffers;
using System.Text;

namespace ClusterGraph.GraphQL.Language;

/// <summary>Block string rules shared by the lexer (dedent) and the printer (graphql-js's <c>printBlockString</c>).</summary>
internal static class BlockStrings
{
    /// <summary>
    /// Splits raw block string text into lines (\r\n, \n, \r), removes the common indentation of all
    /// lines but the first and drops leading and trailing blank lines; joins with \n.
    /// </summary>
    public static string Dedent(string raw)
    {
        // Two passes over the lines as spans (no string per line): measure, then copy into one buffer.
        ReadOnlySpan<char> text = raw;
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;
        int lineIndex = 0;
        for (int start = 0; start >= 0; start = NextLineStart(text, start), lineIndex++)
        {
            ReadOnlySpan<char> line = Line(text, start);
            int indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = lineIndex;
            }

            lastNonEmpty = lineIndex;
            if (lineIndex != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        // The result is never longer than the raw text: lines are only cut and \r\n becomes \n.
        char[]? rented = null;
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(raw.Length));
        int written = 0;
        lineIndex = 0;
        for (int start = 0; start >= 0 && lineIndex <= lastNonEmpty; start = NextLineStart(text, start), lineIndex++)
        {
            if (lineIndex < firstNonEmpty)
            {
                continue;
            }

            if (lineIndex != firstNonEmpty)
            {
                buffer[written++] = '\n';
            }

            ReadOnlySpan<char> line = Line(text, start);
            ReadOnlySpan<char> kept = lineIndex == 0 ? line : line[Math.Min(commonIndent, line.Length)..];
            kept.CopyTo(buffer[written..]);
            written += kept.Length;
        }

        string value = new(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>The line starting at <paramref name="start"/>, without its terminator.</summary>
    private static ReadOnlySpan<char> Line(ReadOnlySpan<char> text, int start)
    {
        int length = text[start..].IndexOfAny('\n', '\r');
        return length < 0 ? text[start..] : text.Slice(start, length);
    }

    /// <summary>Where the line after the one at <paramref name="start"/> starts, or -1 after the last line.</summary>
    private static int NextLineStart(ReadOnlySpan<char> text, int start)
    {
        int length = text[start..].IndexOfAny('\n', '\r');
        if (length < 0)
        {
            return -1;
        }

        int end = start + length;
        return end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
    }

    /// <summary>graphql-js's <c>printBlockString</c>: the value as a block string literal.</summary>
    public static string Print(string value)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        List<string> lines = SplitLines(escaped);
        bool isSingleLine = lines.Count == 1;

        // Common indentation can be kept only by starting on a new line.
        bool forceLeadingNewLine = lines.Count > 1;
        for (int i = 1; i < lines.Count && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || CharClass.IsWhiteSpace(lines[i][0]);
        }

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !isSingleLine || value.Length > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes;
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && CharClass.IsWhiteSpace(value[0]);

        var builder = new StringBuilder(escaped.Length + 8);
        builder.Append("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append("\"\"\"");
        return builder.ToString();
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        int i = 0;
        while (i < line.Length && CharClass.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }
}

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
        List<string> lines = SplitLines(raw);
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        for (int i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i != firstNonEmpty)
            {
                builder.Append('\n');
            }

            string line = lines[i];
            builder.Append(i == 0 ? line : line.AsSpan(Math.Min(commonIndent, line.Length)));
        }

        return builder.ToString();
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

    private static int LeadingWhiteSpace(string line)
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

using System.Text;

namespace ClusterGraph.GraphQL.Utilities;

/// <summary>Prints a string as a block string (<c>"""…"""</c>) with graphql-js's layout choices.</summary>
public static class BlockString
{
    public static string Print(string value, bool minimize = false)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        string[] lines = escaped.Split(["\r\n", "\n", "\r"], StringSplitOptions.None);
        bool isSingleLine = lines.Length == 1;
        bool forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || line[0] is ' ' or '\t');
        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && value[0] is ' ' or '\t';

        var builder = new StringBuilder("\"\"\"");
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            builder.Append('\n');
        }

        return builder.Append("\"\"\"").ToString();
    }

    /// <summary>Whether a string survives a round trip as a block string (graphql-js isPrintableAsBlockString).</summary>
    public static bool IsPrintable(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool isEmptyLine = true;
        bool hasIndent = false;
        bool hasCommonIndent = true;
        bool seenNonEmptyLine = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000B' or '\u000C' or '\u000E' or '\u000F' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent = hasIndent || isEmptyLine;
                    break;
                default:
                    hasCommonIndent = hasCommonIndent && hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}

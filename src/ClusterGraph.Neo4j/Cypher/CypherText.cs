using System.Text;

namespace ClusterGraph.Neo4j.Cypher;

/// <summary>Puts statements written over several lines on one (the Query API's docs ask for one-line statements).</summary>
internal static class CypherText
{
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}

using System.Text;

namespace ClusterGraph.GraphQL.Tests.Validation;

/// <summary>
/// Hostile documents against the validation kitchen-sink schema, each built to be invalid even when the
/// token and alias limits are raised, so that the validation algorithms themselves must answer.
/// </summary>
internal static class AbuseDocuments
{
    public static IEnumerable<(string Name, string Document)> All()
    {
        yield return ("10k duplicate fields + 1 conflicting", DuplicateFields(10_000));
        yield return ("200 x 100 inline fragments", InlineFragments(200, 100));
        yield return ("direct fragment cycle", "{ ...A } fragment A on Query { old ...A }");
        yield return ("transitive cycle of 1,000 fragments", FragmentChain(1_000));
        yield return ("1,000 aliases + 1 conflicting", Aliases(1_000));
        yield return ("70,000 directives", Directives(70_000));
        yield return ("15,000 tokens", Tokens(15_000));
        yield return ("1,000,000-digit Int", "{ echo(count: " + new string('7', 1_000_000) + ", need: \"\") }");
        yield return ("lone surrogate in a string", "{ echo(text: \"a\uD800b\", need: \"\") }");
        yield return ("escaped lone surrogate", "{ echo(text: \"a\\uDC00b\", need: \"\") }");
        yield return ("fragment fan-out 2^20", FanOut(20));
    }

    /// <summary><c>{ old old … old old: echo }</c>: each copy conflicts with the last field.</summary>
    private static string DuplicateFields(int count) =>
        "{ " + string.Concat(Enumerable.Repeat("old ", count)) + "old: echo(need: \"\") }";

    /// <summary>Many inline fragments repeating the same aliased fields, the last of one conflicting.</summary>
    private static string InlineFragments(int fragments, int fields)
    {
        var builder = new StringBuilder("{\n");
        for (int f = 0; f < fragments; f++)
        {
            builder.Append("  ... on Query {");
            for (int i = 0; i < fields; i++)
            {
                builder.Append(" f").Append(i).Append(": old");
            }

            builder.Append(" }\n");
        }

        return builder.Append("  ... on Query { f0: echo(need: \"\") }\n}").ToString();
    }

    /// <summary>F0 → F1 → … → F(n-1) → F0.</summary>
    private static string FragmentChain(int count)
    {
        var builder = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < count; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on Query { ...F").Append((i + 1) % count).Append(" }\n");
        }

        return builder.ToString();
    }

    private static string Aliases(int count) =>
        "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: old ")) + "a0: echo(need: \"\") }";

    /// <summary>One field carrying the same non-repeatable directive again and again.</summary>
    private static string Directives(int count) =>
        "{ old" + string.Concat(Enumerable.Repeat(" @include(if: true)", count)) + " }";

    /// <summary>About <paramref name="tokens"/> tokens of fields, one of them unknown.</summary>
    private static string Tokens(int tokens) =>
        "{ " + string.Concat(Enumerable.Repeat("old ", tokens - 3)) + "nope }";

    /// <summary>F0 spreads F1 twice, F1 spreads F2 twice, …: 2^levels paths, unknown field at the bottom.</summary>
    private static string FanOut(int levels)
    {
        var builder = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < levels; i++)
        {
            builder.Append("fragment F").Append(i).Append(" on Query { ...F").Append(i + 1).Append(" ...F").Append(i + 1).Append(" }\n");
        }

        return builder.Append("fragment F").Append(levels).Append(" on Query { nope }\n").ToString();
    }
}

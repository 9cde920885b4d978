using System.Text;
using System.Text.Json.Nodes;

namespace ClusterGraph.Api.Tests.Hardening;

/// <summary>
/// The abuse matrix of the validation issue, aimed at the served contract schema, plus the transport's own
/// hostile inputs. Each document is valid apart from the one thing it abuses, so the refusal proves that
/// limit is what stops it (the expected message names the limit). Limits are the HTTP defaults
/// (ValidationOptions.Default, GraphQLRequestLimits): depth 12, 15 aliases, 50 directives, 1,000 tokens,
/// 1,000 fragment visits, cost 5,000, ofType depth 10, 1 MiB body; JSON nesting 128.
/// </summary>
public static class MaliciousCases
{
    private const string Leaf = "graphStats { entityCount }";

    public static IEnumerable<MaliciousCase> All()
    {
        yield return Request("deep nesting (40 hops of neighbors)", "fields nest", DeepNesting(40));
        yield return Request("parser nesting bomb (100,000 levels)", "Syntax Error: Document contains more that 1000 tokens",
            string.Concat(Enumerable.Repeat("{ a ", 100_000)) + new string('}', 100_000));
        yield return Request("alias bomb (100 aliases)", "aliases, more than the limit of 15",
            "{ " + string.Concat(Enumerable.Range(0, 100).Select(i => $"a{i}: graphStats {{ entityCount }} ")) + "}");
        yield return Request("fragment cycle", "Cannot spread fragment \"A\" within itself",
            "{ ...A } fragment A on Query { " + Leaf + " ...B } fragment B on Query { ...A }");
        yield return Request("fragment explosion (2^30 paths)", "spreads fragments more than 1000 times", FragmentFanOut(30));
        // One directive per field (repeating it on one field trips the spec's uniqueness rule first).
        yield return Request("directive flood (60 fields, one directive each)", "directives, more than the limit of 50",
            "{ " + string.Concat(Enumerable.Repeat("graphStats @include(if: true) { entityCount } ", 60)) + "}");
        yield return Request("huge token count (5,000 fields)", "Document contains more that 1000 tokens",
            "{ graphStats { " + string.Concat(Enumerable.Repeat("entityCount ", 5_000)) + "} }");
        yield return Request("introspection ofType depth 20", "nests ofType", IntrospectionDepth(20));
        yield return Request("huge first: (2147483647)", "costs", "{ entities(first: 2147483647) { nodes { id name } } }");
        yield return Request("first: past Int (99999999999)", "Int cannot represent non 32-bit signed integer value", "{ entities(first: 99999999999) { nodes { id } } }");
        yield return Request("1 MB string literal where an Int goes", "Int cannot represent non-integer value",
            "{ entities(first: \"" + new string('x', 1_000_000) + "\") { nodes { id } } }");
        yield return Request("10k-element variable list of the wrong type", "Variable \"$first\"",
            "query($first: Int) { entities(first: $first) { nodes { id } } }",
            new JsonObject { ["first"] = new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode)i)]) });
        yield return Request("deeply nested JSON input object (100 levels)", "Variable \"$filter\"",
            "query($filter: EntityFilter) { entities(filter: $filter, first: 1) { nodes { id } } }",
            new JsonObject { ["filter"] = NestedObject(100) });

        yield return Transport("deeply nested JSON variables (5,000 levels)", 400, "The request body is not valid JSON.",
            Encoding.UTF8.GetBytes("{\"query\":\"query($v: String) { graphStats { entityCount } }\",\"variables\":{\"v\":"
                + new string('[', 5_000) + new string(']', 5_000) + "}}"));
        yield return Transport("invalid UTF-8 in the query", 400, "The request body is not valid JSON.",
            [.. "{\"query\":\"{ graphStats { entityCount } } # "u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]);
        yield return Transport("lone surrogate escape in a variable", 400, "The request body is not valid JSON.",
            Encoding.UTF8.GetBytes("{\"query\":\"query($t: String!) { search(text: $t) { totalCount } }\",\"variables\":{\"t\":\"\\ud800\"}}"));
        yield return Transport("oversized body (2 MiB)", 413, "exceeds",
            Encoding.UTF8.GetBytes("{\"query\":\"{ graphStats { entityCount } }\",\"pad\":\"" + new string('p', 2 * 1024 * 1024) + "\"}"));
        yield return Transport("content type text/plain (a CSRF-safe type)", 400, "cross-site request forgery",
            Body("{ " + Leaf + " }"), "text/plain");
        yield return Transport("content type application/xml", 415, "must be application/json", Body("{ " + Leaf + " }"), "application/xml");
        yield return Transport("content type application/json; charset=latin1", 415, "must be application/json", Body("{ " + Leaf + " }"), "application/json; charset=latin1");
        yield return Transport("no content type", 400, "cross-site request forgery", Body("{ " + Leaf + " }"), null);
        yield return Transport("a JSON array of numbers", 400, "Batched requests are not enabled", "[1,2,3]"u8.ToArray());
        yield return Transport("query of the wrong type", 400, "The 'query' parameter must be a string", "{\"query\":{\"a\":1}}"u8.ToArray());
    }

    private static MaliciousCase Request(string name, string fragment, string query, JsonObject? variables = null)
        => new(name, RefusalKind.Request, 0, fragment, Body(query, variables));

    private static MaliciousCase Transport(string name, int status, string fragment, byte[] body, string? contentType = "application/json")
        => new(name, RefusalKind.Transport, status, fragment, body, contentType);

    private static byte[] Body(string query, JsonObject? variables = null)
    {
        var body = new JsonObject { ["query"] = query };
        if (variables is not null)
        {
            body["variables"] = variables;
        }

        return Encoding.UTF8.GetBytes(body.ToJsonString());
    }

    /// <summary>entity → neighbors → nodes, again and again: two levels of depth per hop.</summary>
    private static string DeepNesting(int hops) =>
        "{ entity(id: \"region:incheon\") { " + string.Concat(Enumerable.Repeat("neighbors(first: 1) { nodes { ", hops)) + "id" + new string('}', 2 * hops) + " } }";

    /// <summary>F0 spreads F1 twice, F1 spreads F2 twice, …: 2^levels paths to the leaf.</summary>
    private static string FragmentFanOut(int levels)
    {
        var builder = new StringBuilder("{ ...F0 }\n");
        for (int i = 0; i < levels; i++)
        {
            builder.Append($"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}\n");
        }

        return builder.Append($"fragment F{levels} on Query {{ {Leaf} }}\n").ToString();
    }

    private static string IntrospectionDepth(int depth) =>
        "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", depth)) + "name" + new string('}', depth) + " } } } } }";

    /// <summary>{ nested: { nested: … } } in a variable: deeper than any real filter, still within JSON's 128 levels.</summary>
    private static JsonObject NestedObject(int depth)
    {
        var node = new JsonObject { ["nameContains"] = "x" };
        for (int i = 0; i < depth; i++)
        {
            node = new JsonObject { ["nested"] = node };
        }

        return node;
    }
}

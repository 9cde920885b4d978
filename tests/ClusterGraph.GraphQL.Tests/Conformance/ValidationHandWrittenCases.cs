namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Hand-written validation documents, at least twenty per rule of graphql-js's specifiedRules, each
/// labelled with the rule it aims at (most also touch others). Expectations come from graphql-js at test
/// time; the documents are written to hit each rule's edges: valid and invalid forms, nesting, fragments,
/// variables, SDL definitions in an executable document, and the places errors are located.
/// </summary>
internal static partial class ValidationHandWrittenCases
{
    private const string Ks = "kitchen-sink";
    private const string Contract = "contract";

    public static IReadOnlyList<ValidationCase> All()
    {
        var cases = new List<ValidationCase>();
        AddDefinitionsAndOperations(cases);
        AddFields(cases);
        AddFragments(cases);
        AddVariables(cases);
        AddDirectivesAndArguments(cases);
        AddValues(cases);
        AddMerging(cases);
        AddContract(cases);
        AddErrorLimit(cases);
        return cases;
    }

    private static void Add(List<ValidationCase> cases, string rule, string schemaKey, params string[] documents)
    {
        foreach (string document in documents)
        {
            cases.Add(new ValidationCase(rule, schemaKey, document));
        }
    }

    /// <summary>Documents around graphql-js's stop at 100 errors, pairwise merge conflicts included.</summary>
    private static void AddErrorLimit(List<ValidationCase> cases)
    {
        static string Repeat(int count, Func<int, string> selection) =>
            "{\n" + string.Join("\n", Enumerable.Range(0, count).Select(selection)) + "\n}";

        Add(cases, "ErrorLimit", Ks,
            Repeat(100, i => $"  nope{i}"),
            Repeat(101, i => $"  nope{i}"),
            Repeat(150, i => $"  nope{i % 7}"),
            Repeat(14, i => i % 2 == 0 ? "  x: old" : "  x: echo(need: \"\")"),
            Repeat(16, i => i % 2 == 0 ? "  x: old" : "  x: echo(need: \"\")"),
            Repeat(30, i => $"  x: echo(text: \"{i}\", need: \"\")"),
            Repeat(60, i => $"  r: region(code: \"a\") {{ c: {(i % 2 == 0 ? "id" : "code")} }}"),
            Repeat(120, i => "  old @once @once"),
            Repeat(40, i => $"  e{i}: echo(count: \"{i}\", ratio: \"r\", need: null)"));
    }

    private static void AddDefinitionsAndOperations(List<ValidationCase> cases)
    {
        Add(cases, "ExecutableDefinitions", Ks,
            "{ old }",
            "query Q { old } fragment F on Query { old }",
            "type Foo { a: String }",
            "{ old } type Foo { a: String }",
            "{ old } scalar Bar",
            "{ old } schema { query: Query }",
            "{ old } extend schema @once",
            "{ old } directive @d on FIELD",
            "{ old } extend type Query { more: String }",
            "{ old } interface I { a: Unknown }",
            "{ old }\nunion U = Region | Nope",
            "{ old }\nenum E { A B } input In { a: Int = \"x\" }",
            "{ old } input In { a: RegionRef = {id: 1, code: \"x\"} }",
            "{ old } extend enum Kind @deprecated",
            "{ old } extend input RegionRef { more: String @deprecated }",
            "{ old } type T @typeOnly { f(a: Int @once): String @typeOnly }",
            "{ old } type T { f: String @typeOnly @typeOnly }",
            "{ old } extend type Region @typeOnly extend type Region @typeOnly",
            "{ old } extend scalar JSON @specifiedBy(url: 1)",
            "{ old } type T { f: Strin }",
            "query A { old } type B implements Node { id: ID! } extend union SearchResult = Region",
            "{ old } input In2 { a: Int } extend input In2 { b: String @deprecated(reason: 3) }");

        Add(cases, "UniqueOperationNames", Ks,
            "query A { old } query B { old }",
            "query A { old } query A { old }",
            "query A { old } mutation A { rename(id: 1, name: \"x\") { id } }",
            "query A { old } subscription A { tick }",
            "query A { old }\nquery A { old }\nquery A { old }",
            "query A { old } fragment A on Query { old } query B { ...A }",
            "{ old } query A { old }",
            "query A { old } query B { old } query A { old } query B { old }",
            "query a { old } query A { old }",
            "query A($x: Int) { echo(count: $x, need: \"\") } query A($y: Int) { echo(count: $y, need: \"\") }",
            "mutation M { rename(id: 1, name: \"a\") { id } } mutation M { rename(id: 2, name: \"b\") { id } }",
            "query A { old } query A { unknown }",
            "query Q { ...F } fragment F on Query { old } query Q { old }",
            "query A @once { old } query A @once { old }",
            "query A { old }\n\n\n   query A { old }",
            "query A { old } query AA { old } query AAA { old }",
            "query A { old } { old } query A { old }",
            "subscription S { tick } subscription S { tick }",
            "query Q { old } type Q { a: Int } query Q { old }",
            "query B { old } query A { old } query B { old }");

        Add(cases, "LoneAnonymousOperation", Ks,
            "{ old }",
            "{ old } { old }",
            "{ old } query A { old }",
            "query A { old } { old }",
            "{ old } mutation { rename(id: 1, name: \"x\") { id } }",
            "{ old } subscription { tick }",
            "{ old } fragment F on Query { old }",
            "fragment F on Query { old } { ...F }",
            "{ old } { old } { old }",
            "query { old } query { old }",
            "query A { old } query B { old }",
            "{ old } type T { a: Int }",
            "mutation { rename(id: 1, name: \"x\") { id } } subscription { tick }",
            "{ a: old }\n{ b: old }",
            "query A { old } query A { old } { old }",
            "{ unknown } query Q { unknown }",
            "subscription { tick } query Named { old }",
            "query ($x: Int) { echo(count: $x, need: \"\") } { old }",
            "{ ...F } fragment F on Query { old } query Other { ...F }",
            "  {old}  {old}");

        Add(cases, "SingleFieldSubscriptions", Ks,
            "subscription { tick }",
            "subscription S { tick }",
            "subscription S { tick companyAdded { id } }",
            "subscription { tick companyAdded { id } }",
            "subscription S { tick t2: tick }",
            "subscription S { tick tick }",
            "subscription S { __typename }",
            "subscription S { __typename tick }",
            "subscription S { tick __typename }",
            "subscription S { ...F } fragment F on Subscription { tick companyAdded { id } }",
            "subscription S { ... on Subscription { tick } companyAdded { name } }",
            "subscription S { tick @skip(if: true) companyAdded { id } }",
            "subscription S { tick @include(if: false) companyAdded { id } }",
            "subscription S { tick ...F @skip(if: true) } fragment F on Subscription { companyAdded { id } }",
            "subscription S { tick ... @include(if: false) { companyAdded { id } } }",
            "subscription S { ...F ...F } fragment F on Subscription { tick }",
            "subscription S { ...F } fragment F on Subscription { ...G tick } fragment G on Subscription { tick companyAdded { id } }",
            "subscription S { __schema { types { name } } }",
            "subscription S { __type(name: \"Region\") { name } tick }",
            "subscription S { a: tick b: tick c: tick }",
            "subscription S { ... on Query { old } tick }",
            "subscription { unknown tick }",
            "subscription A { tick } subscription B { tick companyAdded { id } }");
    }
}

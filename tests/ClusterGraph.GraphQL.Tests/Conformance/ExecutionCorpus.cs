namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>One differential execution case: SDL, document, JSON variables and JSON root value.</summary>
internal sealed record ExecutionCase(string Name, string Sdl, string Query, string? Variables, string Root, string? OperationName = null);

/// <summary>
/// Hand-written execution cases, one group per rule of the spec's execution section: field
/// collection, skip/include, fragments on interfaces and unions, aliases, __typename, argument and
/// variable coercion (defaults, nullability, lists, input objects, @oneOf), result coercion of every
/// scalar, null propagation through lists and non-null, abstract type resolution, operation selection.
/// Each query runs over several root values (well-formed, all null, wrongly typed).
/// </summary>
internal static class ExecutionCorpus
{
    public const string Sdl = """
        type Query {
          int: Int
          float: Float
          string: String
          boolean: Boolean
          id: ID
          nnInt: Int!
          nnString: String!
          ints: [Int]
          nnInts: [Int!]
          intsNn: [Int]!
          nnIntsNn: [Int!]!
          matrix: [[Int!]]
          obj: Obj
          nnObj: Obj!
          objs: [Obj]
          nnObjs: [Obj!]!
          color: Color
          colors: [Color]
          echo(i: Int, f: Float, s: String, b: Boolean, id: ID, c: Color, l: [Int], nl: [Int!], inp: In, o: One, dflt: Int = 5): String
          need(req: Int!, dflt: Int = 5): String
          pet: Pet
          pets: [Pet]
          nnPets: [Pet!]!
          node: Node
          nodes: [Node!]
          named: Named
        }

        type Mutation {
          first: Int
          second: Obj
          third: Int!
          fourth: String
        }

        type Obj {
          a: Int
          b: String!
          c: Obj
          d: [Obj!]
          e(x: Int = 1): Int
        }

        enum Color { RED GREEN BLUE }

        input In {
          x: Int!
          y: String = "dflt"
          z: [Int]
          c: Color = GREEN
          nested: In
        }

        input One @oneOf {
          a: Int
          b: String
          c: In
        }

        union Pet = Dog | Cat

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        type Dog implements Node & Named {
          id: ID!
          name: String
          barks: Boolean
          friend: Pet
        }

        type Cat implements Node & Named {
          id: ID!
          name: String
          lives: Int!
        }
        """;

    /// <summary>A well-formed root.</summary>
    private const string Good = """
        {"int": 7, "float": 2.5, "string": "s", "boolean": true, "id": "id-1",
         "nnInt": 1, "nnString": "x", "ints": [1, 2, null, 3], "nnInts": [4, 5], "intsNn": [null, 1], "nnIntsNn": [6],
         "matrix": [[1, 2], [3]], "obj": {"a": 1, "b": "b", "c": {"a": 2, "b": "bb", "c": null, "d": []}, "d": [{"a": 3, "b": "c"}], "e": 9},
         "nnObj": {"a": 5, "b": "nn"}, "objs": [{"a": 1, "b": "o1"}, null, {"a": 2, "b": "o2"}], "nnObjs": [{"a": 3, "b": "o3"}],
         "color": "RED", "colors": ["GREEN", null, "BLUE"], "echo": "echoed", "need": "needed",
         "pet": {"__typename": "Dog", "id": "d1", "name": "Rex", "barks": true, "friend": {"__typename": "Cat", "id": "c9", "name": "Tom", "lives": 9}},
         "pets": [{"__typename": "Cat", "id": "c1", "name": "Kit", "lives": 3}, {"__typename": "Dog", "id": "d2", "name": "Fido", "barks": false}, null],
         "nnPets": [{"__typename": "Dog", "id": "d3", "barks": true}],
         "node": {"__typename": "Cat", "id": "c2", "lives": 7, "name": "Puss"},
         "nodes": [{"__typename": "Dog", "id": "d4"}, {"__typename": "Cat", "id": "c3", "lives": 1}],
         "named": {"__typename": "Dog", "id": "d5", "name": "Named dog"},
         "first": 1, "second": {"a": 2, "b": "m"}, "third": 3, "fourth": "four"}
        """;

    /// <summary>Everything null or missing.</summary>
    private const string Nulls = """
        {"int": null, "nnInt": null, "nnString": null, "ints": null, "nnInts": [1, null], "intsNn": null, "nnIntsNn": [null],
         "matrix": [[1, null], null], "obj": {"a": null, "b": null, "c": {"b": null}, "d": [null]}, "nnObj": null,
         "objs": [null, {"b": null}], "nnObjs": [null], "colors": [null],
         "pets": [null, {"__typename": "Cat", "lives": null}], "nnPets": [null], "nodes": [{"__typename": "Dog", "id": null}],
         "third": null, "second": {"b": null}}
        """;

    /// <summary>Values of the wrong type everywhere.</summary>
    private const string Wrong = """
        {"int": 1.5, "float": "3.25", "string": 12.5, "boolean": 0, "id": 3.5, "nnInt": "abc", "nnString": {"k": 1},
         "ints": [1, "2", "x", true, 2147483648], "nnInts": "notalist", "intsNn": 5, "nnIntsNn": [1.1],
         "matrix": [[1, 2.2]], "obj": 17, "nnObj": "str", "objs": {"a": 1}, "nnObjs": [5],
         "color": "PURPLE", "colors": ["RED", 1, "red"], "echo": 99,
         "pet": {"__typename": "Bird"}, "pets": [{"__typename": "Node"}, {"name": "no typename"}, {"__typename": "Named"}],
         "nnPets": [{"__typename": 5}], "node": {"id": "x"}, "nodes": [{"__typename": "Dog", "id": [1]}], "named": {"__typename": "Cat", "id": 2, "lives": false},
         "first": true, "second": [], "third": "3", "fourth": ["a", "b"]}
        """;

    /// <summary>Booleans, large and negative numbers, numeric strings.</summary>
    private const string Edge = """
        {"int": -2147483648, "float": 1e21, "string": true, "boolean": 2.5, "id": 12, "nnInt": 2147483647, "nnString": false,
         "ints": [true, false, " 12 ", "0x1F", "1e3", -0.0], "nnInts": [], "intsNn": [], "nnIntsNn": [],
         "matrix": [], "obj": {"a": "7", "b": 0.000001, "d": [{"b": 1e-7}, {"b": 123456789012345680000}]}, "nnObj": {"b": ""},
         "objs": [], "nnObjs": [], "color": "BLUE", "colors": [], "echo": "",
         "pet": {"__typename": "Cat", "lives": "9"}, "pets": [], "nnPets": [], "node": {"__typename": "Dog", "id": 0},
         "nodes": [], "named": null, "first": 9007199254740993, "second": {"a": -1, "b": "neg"}, "third": -5, "fourth": 1.0}
        """;

    private static readonly string[] s_roots = [Good, Nulls, Wrong, Edge];

    /// <summary>Queries run over every root.</summary>
    private static readonly string[] s_queries =
    [
        "{ int }",
        "{ float }",
        "{ string }",
        "{ boolean }",
        "{ id }",
        "{ int float string boolean id }",
        "{ nnInt }",
        "{ nnString }",
        "{ nnInt int }",
        "{ int nnInt string }",
        "{ ints }",
        "{ nnInts }",
        "{ intsNn }",
        "{ nnIntsNn }",
        "{ matrix }",
        "{ ints nnInts intsNn nnIntsNn matrix }",
        "{ obj { a b } }",
        "{ obj { a } }",
        "{ obj { b } }",
        "{ obj { c { a b } } }",
        "{ obj { c { c { a } } } }",
        "{ obj { d { a b } } }",
        "{ obj { e } }",
        "{ obj { e(x: 3) } }",
        "{ nnObj { a } }",
        "{ nnObj { b } }",
        "{ nnObj { a b } int }",
        "{ objs { a } }",
        "{ objs { b } }",
        "{ objs { a b } }",
        "{ nnObjs { a } }",
        "{ nnObjs { b } }",
        "{ nnObjs { b } int }",
        "{ color }",
        "{ colors }",
        "{ color colors }",
        "{ echo }",
        "{ pet { __typename } }",
        "{ pet { ... on Dog { name barks } ... on Cat { name lives } } }",
        "{ pet { ... on Dog { friend { ... on Cat { lives } ... on Dog { barks } } } } }",
        "{ pet { ... on Node { id } } }",
        "{ pet { ... on Named { name } } }",
        "{ pets { __typename } }",
        "{ pets { ... on Cat { lives } } }",
        "{ pets { ... on Node { id } ... on Named { name } } }",
        "{ nnPets { __typename ... on Dog { barks } } }",
        "{ node { id } }",
        "{ node { id ... on Cat { lives } } }",
        "{ node { __typename ... on Named { name } } }",
        "{ nodes { id } }",
        "{ nodes { id __typename ... on Cat { lives } } }",
        "{ named { id name } }",
        "{ named { ... on Dog { barks } ... on Cat { lives } } }",
        "{ __typename }",
        "{ a: int b: int c: string }",
        "{ x: obj { y: a z: b } w: obj { a } }",
        "{ obj { a } obj { b } }",
        "{ obj { a } ... on Query { obj { b } } }",
        "{ ...F } fragment F on Query { int string }",
        "{ ...F obj { ...G } } fragment F on Query { int } fragment G on Obj { a b }",
        "{ ...F ...F } fragment F on Query { int }",
        "{ obj { ...G c { ...G } } } fragment G on Obj { a }",
        "{ pet { ...D ...C } } fragment D on Dog { barks } fragment C on Cat { lives }",
        "{ pets { ...N } } fragment N on Node { id }",
        "{ pets { ...P } } fragment P on Pet { __typename }",
        "{ node { ...Nm } } fragment Nm on Named { name }",
        "{ ... { int } }",
        "{ ... @skip(if: true) { int } string }",
        "{ ... @include(if: false) { int } string }",
        "{ int @skip(if: true) string }",
        "{ int @skip(if: false) string }",
        "{ int @include(if: true) string @include(if: false) }",
        "{ int @skip(if: true) @include(if: true) }",
        "{ int @skip(if: false) @include(if: false) }",
        "{ int @skip(if: false) @include(if: true) }",
        "{ a: int @skip(if: true) a: int }",
        "{ ...F @skip(if: true) string } fragment F on Query { int }",
        "{ ...F @include(if: true) } fragment F on Query { int }",
        "{ obj { a @skip(if: true) b } }",
        "{ echo(i: 1) }",
        "{ echo(f: 1) }",
        "{ echo(f: 1.5) }",
        "{ echo(s: \"x\") }",
        "{ echo(b: false) }",
        "{ echo(id: 5) }",
        "{ echo(id: \"5\") }",
        "{ echo(c: RED) }",
        "{ echo(l: [1, 2]) }",
        "{ echo(l: 1) }",
        "{ echo(l: null) }",
        "{ echo(nl: [1]) }",
        "{ echo(inp: {x: 1}) }",
        "{ echo(inp: {x: 1, y: null, z: [1], nested: {x: 2}}) }",
        "{ echo(o: {a: 1}) }",
        "{ echo(o: {b: \"s\"}) }",
        "{ need(req: 1) }",
        "{ need(req: 1, dflt: null) }",
        "{ int obj { a } nnObj { b } }",
        "{ nnObjs { a b } objs { a b } }",
        "{ nnPets { __typename ... on Cat { lives } } pet { __typename } }",
        "{ nodes { ... on Named { name } } }",
        "{ obj { d { c { a } } } }",
        "{ matrix ints }",
        "query Q { int }",
        "query { ... on Query { ... on Query { int } } }",
        "{ pet { ... on Pet { ... on Dog { name } } } }",
        "{ pet { __typename ... on Dog { __typename } } }",
        "{ first: int second: string }",
        "{ obj { __typename } pet { __typename } node { __typename } }",
    ];

    /// <summary>Variable coercion: (query, variables), each run over the well-formed root.</summary>
    private static readonly (string Query, string? Variables)[] s_variableCases =
    [
        ("query ($v: Int) { echo(i: $v) }", """{"v": 1}"""),
        ("query ($v: Int) { echo(i: $v) }", """{"v": 1.5}"""),
        ("query ($v: Int) { echo(i: $v) }", """{"v": "1"}"""),
        ("query ($v: Int) { echo(i: $v) }", """{"v": 2147483648}"""),
        ("query ($v: Int) { echo(i: $v) }", """{"v": null}"""),
        ("query ($v: Int) { echo(i: $v) }", "{}"),
        ("query ($v: Int) { echo(i: $v) }", null),
        ("query ($v: Int!) { echo(i: $v) }", "{}"),
        ("query ($v: Int!) { echo(i: $v) }", """{"v": null}"""),
        ("query ($v: Int!) { echo(i: $v) }", """{"v": 3}"""),
        ("query ($v: Int = 4) { echo(i: $v) }", "{}"),
        ("query ($v: Int = 4) { echo(i: $v) }", """{"v": null}"""),
        ("query ($v: Float) { echo(f: $v) }", """{"v": 1}"""),
        ("query ($v: Float) { echo(f: $v) }", """{"v": "1.5"}"""),
        ("query ($v: Float) { echo(f: $v) }", """{"v": true}"""),
        ("query ($v: String) { echo(s: $v) }", """{"v": 1}"""),
        ("query ($v: String) { echo(s: $v) }", """{"v": ["a"]}"""),
        ("query ($v: String) { echo(s: $v) }", """{"v": {"a": "b"}}"""),
        ("query ($v: Boolean) { echo(b: $v) }", """{"v": 1}"""),
        ("query ($v: Boolean) { echo(b: $v) }", """{"v": "true"}"""),
        ("query ($v: ID) { echo(id: $v) }", """{"v": 1}"""),
        ("query ($v: ID) { echo(id: $v) }", """{"v": 1.5}"""),
        ("query ($v: ID) { echo(id: $v) }", """{"v": false}"""),
        ("query ($v: Color) { echo(c: $v) }", """{"v": "RED"}"""),
        ("query ($v: Color) { echo(c: $v) }", """{"v": "red"}"""),
        ("query ($v: Color) { echo(c: $v) }", """{"v": "BLU"}"""),
        ("query ($v: Color) { echo(c: $v) }", """{"v": 1}"""),
        ("query ($v: [Int]) { echo(l: $v) }", """{"v": [1, null, 3]}"""),
        ("query ($v: [Int]) { echo(l: $v) }", """{"v": 1}"""),
        ("query ($v: [Int]) { echo(l: $v) }", """{"v": [1, "x", 2.5]}"""),
        ("query ($v: [Int!]) { echo(nl: $v) }", """{"v": [1, null]}"""),
        ("query ($v: [Int!]!) { echo(nl: $v) }", """{"v": []}"""),
        ("query ($v: [Int!]!) { echo(nl: $v) }", "{}"),
        ("query ($v: In) { echo(inp: $v) }", """{"v": {"x": 1}}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": {}}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": {"x": null}}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": {"x": 1, "unknown": 2}}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": {"x": 1, "nested": {"x": "no"}}}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": {"x": 1, "nested": {"nested": {}}}}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": [{"x": 1}]}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": "x"}"""),
        ("query ($v: In) { echo(inp: $v) }", """{"v": {"x": 1, "c": "PINK", "z": ["a", 1]}}"""),
        ("query ($v: One) { echo(o: $v) }", """{"v": {"a": 1}}"""),
        ("query ($v: One) { echo(o: $v) }", """{"v": {"a": 1, "b": "x"}}"""),
        ("query ($v: One) { echo(o: $v) }", """{"v": {}}"""),
        ("query ($v: One) { echo(o: $v) }", """{"v": {"a": null}}"""),
        ("query ($v: One) { echo(o: $v) }", """{"v": {"c": {"x": 1}}}"""),
        ("query ($v: One) { echo(o: $v) }", """{"v": {"c": {}}}"""),
        ("query ($a: Int, $b: Int!) { echo(i: $a) need(req: $b) }", """{"a": "x", "b": null}"""),
        ("query ($a: Int, $b: String, $c: Boolean) { echo(i: $a, s: $b, b: $c) }", """{"a": "x", "b": 1, "c": 2}"""),
        ("query ($v: Boolean!) { int @skip(if: $v) string }", """{"v": true}"""),
        ("query ($v: Boolean!) { int @skip(if: $v) string }", """{"v": false}"""),
        ("query ($v: Boolean!) { int @include(if: $v) string }", """{"v": true}"""),
        ("query ($v: Boolean!) { int @include(if: $v) string }", "{}"),
        ("query ($v: Boolean = true) { int @include(if: $v) }", "{}"),
        ("query ($v: Boolean = true) { int @include(if: $v) }", """{"v": false}"""),
        ("query ($v: Boolean!) { ...F @include(if: $v) } fragment F on Query { int }", """{"v": false}"""),
        ("query ($x: Int) { obj { e(x: $x) } }", "{}"),
        ("query ($x: Int) { obj { e(x: $x) } }", """{"x": null}"""),
        ("query ($v: Int) { need(req: $v) }", "{}"),
        ("query ($v: Int) { need(req: $v) }", """{"v": null}"""),
        ("query ($v: Int) { echo(l: [$v, 2]) }", "{}"),
        ("query ($v: Int) { echo(inp: {x: 1, z: [$v]}) }", "{}"),
        ("query ($v: Int) { echo(inp: {x: $v}) }", "{}"),
        ("query ($v: String) { echo(o: {b: $v}) }", """{"v": "ok"}"""),
        ("query ($v: [[Int]]) { echo(s: \"a\") }", """{"v": [[1], 2, [[3]]]}"""),
        ("query ($v: Int) { echo(i: $v) }", """{"v": -0.0}"""),
        ("query ($v: Int) { echo(i: $v) }", """{"v": 1e3}"""),
    ];

    /// <summary>Operation selection and mutations (serial execution).</summary>
    private static readonly (string Query, string? OperationName)[] s_operationCases =
    [
        ("query A { int } query B { string }", "B"),
        ("query A { int } query B { string }", "A"),
        ("query A { int } query B { string }", null),
        ("query A { int } query B { string }", "C"),
        ("query A { int }", null),
        ("mutation { first second { a b } fourth }", null),
        ("mutation { third first }", null),
        ("mutation { first third fourth }", null),
        ("mutation M { second { b } first }", "M"),
        ("mutation { __typename first }", null),
        ("subscription { int }", null),
        ("query Q { int } mutation M { first }", "M"),
        ("fragment F on Query { int }", null),
    ];

    public static IEnumerable<ExecutionCase> All()
    {
        string[] rootNames = ["good", "nulls", "wrong", "edge"];
        for (int q = 0; q < s_queries.Length; q++)
        {
            for (int r = 0; r < s_roots.Length; r++)
            {
                yield return new ExecutionCase($"query {q} over {rootNames[r]}: {s_queries[q]}", Sdl, s_queries[q], null, s_roots[r]);
            }
        }

        for (int v = 0; v < s_variableCases.Length; v++)
        {
            (string query, string? variables) = s_variableCases[v];
            yield return new ExecutionCase($"variables {v}: {query} {variables}", Sdl, query, variables, Good);
        }

        for (int o = 0; o < s_operationCases.Length; o++)
        {
            (string query, string? operation) = s_operationCases[o];
            for (int r = 0; r < s_roots.Length; r++)
            {
                yield return new ExecutionCase($"operation {o} over {rootNames[r]}: {query} ({operation})", Sdl, query, null, s_roots[r], operation);
            }
        }
    }
}

namespace ClusterGraph.GraphQL.Tests.Conformance.Sdl;

/// <summary>
/// Hand-written SDL, mostly invalid, grouped by the graphql-js SDL rule (or build step) each case aims
/// at; a few valid look-alikes keep the rules from over-reporting. Expectations come from graphql-js.
/// </summary>
internal static class SdlHandWrittenCases
{
    private const string Q = "type Query { a: Int } ";

    public static IEnumerable<(string Group, string Sdl)> All() =>
        LoneSchemaDefinition().Select(s => ("LoneSchemaDefinition", s))
            .Concat(UniqueOperationTypes().Select(s => ("UniqueOperationTypes", s)))
            .Concat(UniqueTypeNames().Select(s => ("UniqueTypeNames", s)))
            .Concat(UniqueEnumValueNames().Select(s => ("UniqueEnumValueNames", s)))
            .Concat(UniqueFieldDefinitionNames().Select(s => ("UniqueFieldDefinitionNames", s)))
            .Concat(UniqueArgumentDefinitionNames().Select(s => ("UniqueArgumentDefinitionNames", s)))
            .Concat(UniqueDirectiveNames().Select(s => ("UniqueDirectiveNames", s)))
            .Concat(KnownTypeNames().Select(s => ("KnownTypeNames", s)))
            .Concat(KnownDirectives().Select(s => ("KnownDirectives", s)))
            .Concat(UniqueDirectivesPerLocation().Select(s => ("UniqueDirectivesPerLocation", s)))
            .Concat(PossibleTypeExtensions().Select(s => ("PossibleTypeExtensions", s)))
            .Concat(KnownArgumentNamesOnDirectives().Select(s => ("KnownArgumentNamesOnDirectives", s)))
            .Concat(UniqueArgumentNames().Select(s => ("UniqueArgumentNames", s)))
            .Concat(UniqueInputFieldNames().Select(s => ("UniqueInputFieldNames", s)))
            .Concat(ProvidedRequiredArgumentsOnDirectives().Select(s => ("ProvidedRequiredArgumentsOnDirectives", s)))
            .Concat(DirectiveValues().Select(s => ("DirectiveValues", s)))
            .Concat(Mixed().Select(s => ("Mixed", s)));

    private static string[] LoneSchemaDefinition() =>
    [
        "schema { query: Query } schema { query: Query } " + Q,
        "schema { query: Query } schema { mutation: M } schema { subscription: S } " + Q + "type M { m: Int } type S { s: Int }",
        "schema { query: Query } extend schema { mutation: M } " + Q + "type M { m: Int }",
        "schema @d { query: Query } schema @d { query: Query } directive @d on SCHEMA " + Q,
    ];

    private static string[] UniqueOperationTypes() =>
    [
        "schema { query: Query query: Query } " + Q,
        "schema { query: Query mutation: M mutation: M subscription: S subscription: S } " + Q + "type M { m: Int } type S { s: Int }",
        "schema { query: Query } extend schema { query: Query } " + Q,
        "schema { query: Query } extend schema { mutation: M } extend schema { mutation: M } " + Q + "type M { m: Int }",
        "extend schema { query: Query } " + Q,
        "schema { query: Query } extend schema { subscription: S subscription: S } " + Q + "type S { s: Int }",
    ];

    private static string[] UniqueTypeNames() =>
    [
        Q + "type Query { b: Int }",
        Q + "scalar S scalar S",
        Q + "interface I { x: Int } interface I { y: Int }",
        Q + "union U = Query union U = Query",
        Q + "enum E { A } enum E { B }",
        Q + "input In { x: Int } input In { y: Int }",
        Q + "type T { x: Int } scalar T enum T { A } input T { y: Int }",
        Q + "type __Schema { a: Int }",
        Q + "scalar String",
        Q + "type String { a: Int }",
        Q + "scalar Int scalar Int",
    ];

    private static string[] UniqueEnumValueNames() =>
    [
        Q + "enum E { A B A }",
        Q + "enum E { A A A }",
        Q + "enum E { A } extend enum E { A }",
        Q + "enum E { A } extend enum E { B } extend enum E { B C }",
        Q + "extend enum E { X X } enum E { X }",
        Q + "enum E { A @deprecated A }",
    ];

    private static string[] UniqueFieldDefinitionNames() =>
    [
        "type Query { a: Int a: String }",
        "type Query { a: Int b: Int a: Int b: Int }",
        Q + "extend type Query { a: Int }",
        Q + "interface I { x: Int x: Int }",
        Q + "interface I { x: Int } extend interface I { x: String }",
        Q + "input In { x: Int x: Int }",
        Q + "input In { x: Int } extend input In { y: Int x: Int }",
        Q + "type T { x: Int } extend type T { y: Int } extend type T { y: Int }",
        Q + "type T { a(x: Int): Int a(y: Int): Int }",
    ];

    private static string[] UniqueArgumentDefinitionNames() =>
    [
        "type Query { a(x: Int, x: Int): Int }",
        "type Query { a(x: Int, y: Int, x: String, y: Int, x: Int): Int }",
        Q + "interface I { f(a: Int a: Int): Int }",
        Q + "extend type Query { b(z: Int z: Int): Int }",
        Q + "interface I { f: Int } extend interface I { g(q: Int q: Int): Int }",
        Q + "directive @d(a: Int, a: Int) on FIELD",
        Q + "directive @d(a: Int, b: Int, a: String, b: Int) on FIELD",
        Q + "input In { x: Int } type T { f(a: In, b: Int, a: In): Int }",
    ];

    private static string[] UniqueDirectiveNames() =>
    [
        Q + "directive @d on FIELD directive @d on FIELD",
        Q + "directive @d on FIELD directive @d on QUERY directive @d on OBJECT",
        Q + "directive @d repeatable on FIELD directive @d on FIELD",
        Q + "directive @skip on FIELD",
        Q + "directive @deprecated(reason: String) on FIELD_DEFINITION directive @deprecated on ENUM_VALUE",
    ];

    private static string[] KnownTypeNames() =>
    [
        "type Query { a: Unknown }",
        "type Query { a: [Strin!] }",
        "type Query { a(x: Inp): Int } input Input { y: Int }",
        "schema { query: Q } type Query { a: Int }",
        Q + "union U = Query | Missing",
        Q + "interface I { x: Int } type T implements J { x: Int }",
        Q + "input In { x: Floa }",
        Q + "directive @d(x: Booleen) on FIELD",
        Q + "extend type Query { b: Unknown c: Unknown }",
        Q + "type T { a: __Typ }",
        Q + "type T { a: __Type }",
        Q + "type T { a: Querry }",
        "schema { query: Query mutation: Mutaton } " + Q,
        Q + "extend schema { subscription: Sub }",
        Q + "type T implements Node & Entity { a: Int }",
    ];

    private static string[] KnownDirectives() =>
    [
        "type Query { a: Int @unknown }",
        "type Query @unknown { a: Int }",
        "type Query { a(x: Int @unknown): Int }",
        Q + "scalar S @unknown",
        Q + "enum E @unknown { A @unknown }",
        Q + "input In @unknown { x: Int @unknown }",
        Q + "union U @unknown = Query",
        Q + "interface I @unknown { x: Int }",
        "schema @unknown { query: Query } " + Q,
        Q + "extend type Query @unknown",
        Q + "directive @d(x: Int @unknown) on FIELD",
        "type Query { a: Int @skip(if: true) }",
        "type Query @deprecated { a: Int }",
        Q + "scalar S @deprecated",
        Q + "type T @specifiedBy(url: \"x\") { a: Int }",
        Q + "enum E @oneOf { A }",
        Q + "input In { x: Int @oneOf }",
        Q + "directive @d on FIELD type T @d { a: Int }",
        Q + "directive @d on OBJECT type T { a: Int @d }",
        Q + "directive @d on ARGUMENT_DEFINITION input In { x: Int @d }",
        Q + "directive @d on INPUT_FIELD_DEFINITION type T { a(x: Int @d): Int }",
        Q + "directive @d on INPUT_FIELD_DEFINITION input In { x: Int } extend input In { y: Int @d }",
        Q + "directive @d on ARGUMENT_DEFINITION input In { x: Int } extend input In { y: Int @d }",
        Q + "directive @d on ENUM_VALUE enum E @d { A }",
        Q + "directive @d on SCHEMA extend type Query @d",
        "schema @d { query: Query } directive @d on QUERY " + Q,
        Q + "directive @d on FIELD_DEFINITION interface I { x: Int @d } type T @d { a: Int }",
        Q + "directive @d(x: Int @d) on ARGUMENT_DEFINITION",
        Q + "directive @d(x: Int @d) on FIELD_DEFINITION",
        Q + "type T @Deprecated { a: Int }",
    ];

    private static string[] UniqueDirectivesPerLocation() =>
    [
        "type Query { a: Int @deprecated @deprecated }",
        "type Query { a(x: Int @deprecated @deprecated): Int }",
        Q + "directive @d on OBJECT type T @d @d { a: Int }",
        Q + "directive @d on OBJECT type T @d { a: Int } extend type T @d",
        Q + "directive @d on OBJECT type T { a: Int } extend type T @d extend type T @d",
        Q + "directive @d repeatable on OBJECT type T @d @d { a: Int } extend type T @d",
        Q + "directive @d on SCHEMA schema @d { query: Query } extend schema @d",
        Q + "scalar S @specifiedBy(url: \"a\") @specifiedBy(url: \"b\")",
        Q + "input In @oneOf @oneOf { x: Int }",
        Q + "enum E { A @deprecated @deprecated(reason: \"x\") }",
        Q + "directive @d on FIELD_DEFINITION | OBJECT type T @d { a: Int @d @d }",
        Q + "directive @d on ENUM | ENUM_VALUE enum E @d { A @d } extend enum E @d",
        Q + "directive @d on INPUT_OBJECT input In @d { x: Int } extend input In @d",
        Q + "directive @d on UNION | INTERFACE union U @d @d = Query interface I @d @d { x: Int }",
    ];

    private static string[] PossibleTypeExtensions() =>
    [
        Q + "extend type Missing { b: Int }",
        Q + "extend type Quer { b: Int }",
        Q + "extend scalar String @specifiedBy(url: \"x\")",
        Q + "extend type __Schema { x: Int }",
        Q + "scalar S extend type S { b: Int }",
        Q + "type T { a: Int } extend scalar T @specifiedBy(url: \"x\")",
        Q + "type T { a: Int } extend interface T { b: Int }",
        Q + "interface I { a: Int } extend type I { b: Int }",
        Q + "union U = Query extend enum U { A }",
        Q + "enum E { A } extend union E = Query",
        Q + "input In { a: Int } extend type In { b: Int }",
        Q + "type T { a: Int } extend input T { b: Int }",
        Q + "extend enum Missing { A } extend union Missing2 = Query extend input Missing3 { a: Int } extend interface Missing4 { a: Int }",
        Q + "extend scalar Missing @specifiedBy(url: \"x\")",
        Q + "type T { a: Int } input T { b: Int } extend type T { c: Int }",
        Q + "extend type T { c: Int } type T { a: Int }",
    ];

    private static string[] KnownArgumentNamesOnDirectives() =>
    [
        "type Query { a: Int @deprecated(reasn: \"x\") }",
        "type Query { a: Int @deprecated(why: \"x\") }",
        Q + "scalar S @specifiedBy(url: \"x\", urls: \"y\")",
        Q + "directive @d(a: Int) on OBJECT type T @d(b: 1) { a: Int }",
        Q + "directive @d(alpha: Int, beta: Int) on OBJECT type T @d(alpa: 1, betta: 2, gamma: 3) { a: Int }",
        Q + "directive @d on FIELD_DEFINITION type T { a: Int @d(x: 1) }",
        Q + "input In @oneOf(x: true) { a: Int }",
        "type Query { a: Int @unknown(x: 1) }",
        Q + "directive @d(a: Int) on SCHEMA schema @d(b: 1) { query: Query }",
    ];

    private static string[] UniqueArgumentNames() =>
    [
        "type Query { a: Int @deprecated(reason: \"a\", reason: \"b\") }",
        Q + "directive @d(a: Int, b: Int) on OBJECT type T @d(a: 1, b: 2, a: 3, b: 4, a: 5) { a: Int }",
        Q + "scalar S @specifiedBy(url: \"x\", url: \"y\")",
        "type Query { a: Int @unknown(x: 1, x: 2) }",
    ];

    private static string[] UniqueInputFieldNames() =>
    [
        Q + "input In { x: Int } directive @d(v: In) on OBJECT type T @d(v: { x: 1, x: 2 }) { a: Int }",
        Q + "input In { x: Int y: In } directive @d(v: In) on OBJECT type T @d(v: { y: { x: 1, x: 2 }, y: null }) { a: Int }",
        Q + "input In { x: Int } type T { a(v: In = { x: 1, x: 2 }): Int }",
        Q + "input In { x: Int } input Outer { i: In = { x: 1, x: 1, x: 1 } }",
        Q + "input In { x: [In] } directive @d(v: [In]) on OBJECT type T @d(v: [{ x: [{ x: null, x: null }] }]) { a: Int }",
    ];

    private static string[] ProvidedRequiredArgumentsOnDirectives() =>
    [
        Q + "scalar S @specifiedBy",
        "type Query { a: Int @include }",
        Q + "directive @d(a: Int!) on OBJECT type T @d { a: Int }",
        Q + "directive @d(a: Int!, b: String!, c: Int) on OBJECT type T @d(c: 1) { a: Int }",
        Q + "directive @d(a: Int! = 1) on OBJECT type T @d { a: Int }",
        Q + "directive @d(a: [Int!]!) on OBJECT type T @d(b: 1) { a: Int }",
        Q + "directive @d(a: Int!, a: String!) on OBJECT type T @d { a: Int }",
        Q + "directive @skip(x: Int) on OBJECT type T @skip { a: Int }",
        Q + "directive @d(a: Int!) repeatable on OBJECT type T @d @d(a: 1) @d { a: Int }",
    ];

    private static string[] DirectiveValues() =>
    [
        "type Query { a: Int @deprecated(reason: 1) }",
        "type Query { a: Int @deprecated(reason: null) }",
        "type Query { a: Int @deprecated(reason: ENUM) }",
        "type Query { a: Int @deprecated(reason: [\"x\"]) }",
        "type Query { a: Int @deprecated(reason: { x: 1 }) }",
        "type Query { a(x: Int @deprecated(reason: true)): Int }",
        Q + "input In { x: Int @deprecated(reason: 1.5) }",
        Q + "enum E { A @deprecated(reason: 2) }",
        Q + "scalar S @specifiedBy(url: 1)",
        Q + "scalar S @specifiedBy(url: null)",
        Q + "scalar S @specifiedBy(url: [\"x\"])",
        Q + "scalar S extend scalar S @specifiedBy(url: 1)",
        Q + "directive @d(x: Int @deprecated(reason: 3)) on FIELD",
        "type Query { a: Int @deprecated(reason: 1) } enum E { A @deprecated(reason: 2) }",
        "type Query { a: Int @deprecated(reason: 1) } scalar S @specifiedBy(url: 2)",
        Q + "directive @d(x: Int @deprecated(reason: 3)) on FIELD enum E { A @deprecated(reason: 2) }",
        "type Query { a: T } type T { b(x: Int @deprecated(reason: 4)): Int } input I { c: Int @deprecated(reason: 5) }",
        "type Query { a(x: Int @deprecated(reason: 6)): Int @deprecated(reason: 7) }",
        "input I { c: Int @deprecated(reason: 5) } type Query { a: Int @deprecated(reason: 6) }",
        Q + "directive @d(x: Int) on OBJECT type T @d(x: \"not an int\") { a: Int }",
        Q + "directive @d(x: Int!) on OBJECT type T @d(x: null) { a: Int }",
        "directive @deprecated(reason: Int) on FIELD_DEFINITION type Query { a: Int @deprecated(reason: 1) }",
        Q + "type T { a(x: Int = \"s\"): Int }",
        Q + "input In @oneOf { a: Int } extend input In { b: String }",
        Q + "input In { a: Int } extend input In @oneOf",
        Q + "scalar S extend scalar S @specifiedBy(url: \"https://example.com\")",
        Q + "type T { a: Int @deprecated(reason: \"\"\"block\"\"\") }",
        "type Query { a(x: Query = 1): Int }",
        "type Query { a(x: [Query] = [null, 1]): Int }",
        "type Query { a(x: [Query!] = [null, 1]): Int }",
        "type Query { a(x: [Query] = [null]): Int }",
        "type Query { a(x: Query! = null): Int }",
        Q + "input In { x: Query = { a: 1 } }",
        Q + "directive @d(x: [[Query]] = [[1]]) on FIELD",
        Q + "type T { a(x: Query = 1 @deprecated(reason: 2)): Int }",
    ];

    private static string[] Mixed() =>
    [
        "type Query { a: Int @unknown @deprecated(reasn: 1) @deprecated } type Query { b: Foo }",
        "schema { query: Query } schema { query: Q2 } " + Q + "extend type Missing @x { b: Int b: Int }",
        Q + "directive @d(a: Int!, a: Int) on OBJECT directive @d on FIELD type T @d @d(b: 1, b: 2) { a: Unknown }",
        Q + "enum E { A A } extend enum E @deprecated { A } extend type E { x: Int }",
        Q + "input In { x: Int x: Int } directive @d(v: In!) on INPUT_OBJECT extend input In @d(v: { x: 1, x: 2 }) @d",
        Q + "interface I @unknown { x(a: Int, a: Int): Int x: Int } type T implements I & Missing { x: Int }",
        "type Query { a: Int } query { a } fragment F on Query { a }",
        "type Query { a: Int } query { a @unknown }",
        "type Query { a: Int @deprecated(reason: 1) @unknown }",
        "type Query { a: Int } type Empty",
        "type Query { a: Int } interface I { x: Int } type T implements I { y: Int }",
        Q + "union U = Query | Query",
        "type Query { __a: Int }",
    ];
}

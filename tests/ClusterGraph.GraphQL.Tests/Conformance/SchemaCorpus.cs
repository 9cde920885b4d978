namespace ClusterGraph.GraphQL.Tests.Conformance;

/// <summary>Schemas the conformance tests build with both engines (hand-written to cover the type system).</summary>
internal static class SchemaCorpus
{
    /// <summary>Every type-system feature at once: descriptions, extensions, interfaces of interfaces, @oneOf, defaults, deprecations.</summary>
    public const string KitchenSink = """"
        """
        The kitchen sink: every construct of the type system.
        """
        schema {
          query: Root
          mutation: Change
          subscription: Events
        }

        "A directive with every kind of argument."
        directive @custom(
          "A described argument."
          flag: Boolean = true
          level: Int = 3
          tags: [String!] = ["a", "b"]
          where: Filter = {kind: BIG, limit: 2}
        ) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | ARGUMENT_DEFINITION | INPUT_OBJECT | QUERY | FIELD

        directive @plain on SCALAR | ENUM | ENUM_VALUE | UNION | INPUT_FIELD_DEFINITION | SCHEMA

        """
        Milliseconds since the epoch.
          Indented second line.
        """
        scalar Instant @specifiedBy(url: "https://example.com/instant") @plain

        scalar Untyped

        "Something with an id."
        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          "The display name."
          name(locale: String = "en", fallback: Boolean): String @deprecated(reason: "Use `label`.")
          label: String
        }

        type Person implements Named & Node @custom(level: 1) {
          id: ID!
          name(locale: String = "en", fallback: Boolean, extra: Int = 7): String @deprecated(reason: "Use `label`.")
          label: String
          age: Int @deprecated
          friends(first: Int = 10, after: String, order: Order = ASC): [Person!]!
          born: Instant
          data: Untyped
          pet: Pet
        }

        type Company implements Node {
          id: ID!
          employees(filter: Filter, ids: [ID!] = [1, "two"]): [Person]
          rating: Float
        }

        union Pet = Dog | Cat

        type Dog {
          barks: Boolean!
          name: String
        }

        type Cat {
          lives: Int
          name: String
        }

        extend union Pet = Bird

        type Bird {
          wingspan: Float
        }

        "Sort order."
        enum Order {
          "Ascending."
          ASC
          DESC @deprecated(reason: "")
          RANDOM @deprecated
        }

        enum Kind {
          BIG
          SMALL
        }

        input Filter {
          kind: Kind = SMALL
          limit: Int! = 10
          "Nested."
          inner: Filter
          names: [String] = null
          ratio: Float = 1.5
          old: String @deprecated(reason: "gone")
        }

        input Pick @oneOf {
          id: ID
          name: String
          filter: Filter
        }

        type Root {
          node(id: ID!): Node
          named: [Named!]
          pets: [Pet]
          find(pick: Pick!): Node
          """
          A field whose description
          spans lines.
          """
          people(
            "How many."
            first: Int = 5
            filter: Filter = {kind: BIG, limit: 1, names: ["x", null]}
          ): [Person!]!
          echo(value: Untyped, when: Instant): String
        }

        extend type Root {
          company: Company
        }

        type Change {
          rename(id: ID!, name: String!): Person
        }

        type Events {
          personAdded: Person!
        }

        extend interface Named {
          nickname: String
        }

        extend type Person {
          nickname: String
        }

        extend input Filter {
          since: Instant
        }

        extend enum Kind {
          MEDIUM
        }

        extend scalar Untyped @plain
        """";

    /// <summary>Root names other than Query, descriptions needing quotes, unicode.</summary>
    public const string Odd = """"
        schema {
          query: Q
        }

        "A description with a trailing quote\""
        type Q {
          "  leading spaces"
          a: String
          "line one\n  line two"
          b(x: String = "tab\tand \u00e9 and \\ slash"): [[Int!]]!
          "\nstarts with a newline"
          c: Boolean
          d(x: Float = 1.0, y: Float = 2.5e3, z: ID = 12, w: ID = "twelve"): Float
        }
        """";

    /// <summary>Only a Query type, implicit root.</summary>
    public const string Minimal = "type Query { hello: String }";

    public static string Contract => File.ReadAllText(Path.Combine(RepoPaths.Root, "..", "shared", "contract", "cluster-graph.graphql"));

    public static IEnumerable<(string Name, string Sdl)> All()
    {
        yield return ("kitchen-sink", KitchenSink);
        yield return ("odd", Odd);
        yield return ("minimal", Minimal);
        yield return ("contract", Contract);
    }
}

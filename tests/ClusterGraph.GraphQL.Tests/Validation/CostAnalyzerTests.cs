using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Validation.Limits;

namespace ClusterGraph.GraphQL.Tests.Validation;

/// <summary>Costs worked out by hand from the cost-directive rules (default list size 10).</summary>
public sealed class CostAnalyzerTests
{
    private static readonly Schema s_schema = SchemaBuilder.Build("""
        directive @cost(weight: String!) on FIELD_DEFINITION | OBJECT | SCALAR | ENUM | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION
        type Query {
          items(first: Int = 20, last: Int): ItemConnection!
          expensive: Int @cost(weight: "5")
          list: [Item!]! @listSize(assumedSize: 7)
          plain: [Item!]!
          sliced(limit: Int, take: Int): [Item!]! @listSize(slicingArguments: ["limit", "take"])
          one: Item
        }
        type ItemConnection { edges: [ItemEdge!]! nodes: [Item!]! total: Int }
        type ItemEdge { node: Item! }
        type Item @cost(weight: "2") { id: ID! name: String tags(filter: String @cost(weight: "3")): [String!] }
        """);

    [Theory]
    [InlineData("{ expensive }", 5)]
    [InlineData("{ one { id name } }", 2)]
    [InlineData("{ list { id } }", 14)] // assumedSize 7 × Item's weight 2
    [InlineData("{ plain { id } }", 20)] // default size 10 × 2
    [InlineData("{ sliced(limit: 3) { id } }", 6)]
    [InlineData("query ($t: Int = 4) { sliced(take: $t) { id } }", 8)] // the variable's default
    [InlineData("query ($t: Int) { sliced(take: $t) { id } }", 20)] // unknown size: default 10
    [InlineData("{ items { nodes { id } } }", 41)] // connection: 1 + first's default 20 × 2
    [InlineData("{ items(first: 5) { total edges { node { id name } } } }", 16)] // 1 + 5 × (edge 1 + node 2)
    [InlineData("{ items(last: 3) { nodes { id } } }", 7)] // 1 + 3 × 2
    [InlineData("{ list { tags(filter: \"x\") } }", 35)] // 7 × (2 + argument weight 3)
    [InlineData("{ ...F ...F } fragment F on Query { expensive }", 10)]
    [InlineData("{ ... on Query { expensive } one { ... on Item { id } } }", 7)]
    public void Operation_cost_follows_the_cost_directives(string document, double expected)
    {
        DocumentNode parsed = Parser.Parse(document);
        var operation = (OperationDefinitionNode)parsed.Definitions[0];

        Assert.Equal(expected, CostAnalyzer.Compute(s_schema, parsed, operation));
    }

    [Fact]
    public void Every_operation_gets_its_cost_in_document_order()
    {
        IReadOnlyList<OperationCost> costs = CostAnalyzer.Compute(s_schema, Parser.Parse("query A { expensive } query B { plain { id } } { one { id } }"));

        Assert.Equal([new OperationCost("A", 5), new OperationCost("B", 20), new OperationCost(null, 2)], costs);
    }
}

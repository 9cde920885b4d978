using ClusterGraph.GraphQL.Language;

namespace ClusterGraph.GraphQL.Tests.Language;

public sealed class SyntaxVisitorTests
{
    [Fact]
    public void Enters_and_leaves_every_node_in_source_order()
    {
        var recorder = new Recorder();
        recorder.Visit(Parser.Parse("query Q($v: Int) { a(x: [1]) @d }"));

        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter Name Q", "leave Name Q",
                "enter VariableDefinition", "enter Variable", "enter Name v", "leave Name v", "leave Variable",
                "enter NamedType", "enter Name Int", "leave Name Int", "leave NamedType", "leave VariableDefinition",
                "enter SelectionSet", "enter Field", "enter Name a", "leave Name a",
                "enter Argument", "enter Name x", "leave Name x", "enter ListValue", "enter IntValue", "leave IntValue", "leave ListValue", "leave Argument",
                "enter Directive", "enter Name d", "leave Name d", "leave Directive",
                "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skip_leaves_out_the_subtree_and_break_stops_the_walk()
    {
        var skipper = new Recorder { SkipKind = SyntaxKind.Argument };
        skipper.Visit(Parser.Parse("{ a(x: 1) b }"));
        Assert.DoesNotContain("enter IntValue", skipper.Events);
        Assert.Contains("enter Name b", skipper.Events);

        var breaker = new Recorder { BreakKind = SyntaxKind.Argument };
        breaker.Visit(Parser.Parse("{ a(x: 1) b }"));
        Assert.Equal("enter Argument", breaker.Events[^1]);
    }

    [Fact]
    public void Rewrites_rebuild_only_the_path_to_the_edit()
    {
        DocumentNode tree = Parser.Parse("{ a(x: 1) b c @skip(if: true) } { d }");
        var edited = (DocumentNode)new Editor().Visit(tree)!;

        Assert.Equal("{\n  a(x: 2)\n  B\n}\n\n{\n  d\n}", Printer.Print(edited));
        Assert.Same(tree.Definitions[1], edited.Definitions[1]);
        Assert.NotSame(tree.Definitions[0], edited.Definitions[0]);
    }

    [Fact]
    public void An_edit_that_leaves_no_valid_tree_is_refused_with_a_clear_error()
    {
        var remover = new Recorder { RemoveKind = SyntaxKind.Name };
        var error = Assert.Throws<InvalidOperationException>(() => remover.Visit(Parser.Parse("{ a }")));
        Assert.Contains("cannot be removed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unchanged_tree_comes_back_as_the_same_instance()
    {
        DocumentNode tree = Parser.Parse("type T { a(x: Int = 1): [String!]! @d } extend union U = A");
        Assert.Same(tree, new Recorder().Visit(tree));
    }

    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public SyntaxKind? SkipKind { get; init; }

        public SyntaxKind? BreakKind { get; init; }

        public SyntaxKind? RemoveKind { get; init; }

        protected override VisitResult Enter(SyntaxNode node)
        {
            Events.Add("enter " + Describe(node));
            return node.Kind == SkipKind ? VisitResult.Skip
                : node.Kind == BreakKind ? VisitResult.Break
                : node.Kind == RemoveKind ? VisitResult.Remove
                : VisitResult.Continue;
        }

        protected override VisitResult Leave(SyntaxNode node)
        {
            Events.Add("leave " + Describe(node));
            return VisitResult.Continue;
        }

        private static string Describe(SyntaxNode node) => node is NameNode name ? $"Name {name.Value}" : node.Kind.ToString();
    }

    /// <summary>Increments ints, renames b to B, removes fields with directives.</summary>
    private sealed class Editor : SyntaxVisitor
    {
        protected override VisitResult Enter(SyntaxNode node) => node switch
        {
            FieldNode { Directives.Count: > 0 } => VisitResult.Remove,
            IntValueNode value => VisitResult.Replace(new IntValueNode { Value = (int.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }),
            _ => VisitResult.Continue,
        };

        protected override VisitResult Leave(SyntaxNode node)
            => node is NameNode { Value: "b" } && Ancestors[^1] is FieldNode ? VisitResult.Replace(new NameNode { Value = "B" }) : VisitResult.Continue;
    }
}

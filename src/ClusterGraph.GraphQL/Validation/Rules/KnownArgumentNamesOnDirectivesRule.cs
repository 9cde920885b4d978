using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (https://spec.graphql.org/October2021/#sec-Argument-Names), for directives: "Let
/// argumentDefinition be the argument definition provided by the parent ... definition named
/// argumentName. argumentDefinition must exist." graphql-js's KnownArgumentNamesOnDirectivesRule: an SDL
/// rule on its own, and the directive half of <see cref="KnownArgumentNamesRule"/>. The directives are the
/// schema's plus those the document defines (a definition in the document wins).
/// </summary>
public sealed class KnownArgumentNamesOnDirectivesRule : ValidationRule
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Directive);
    private readonly Dictionary<string, string[]> _directiveArguments = new(StringComparer.Ordinal);

    public KnownArgumentNamesOnDirectivesRule(ValidationContext context)
        : base(context)
    {
        foreach (DirectiveDefinition directive in context.Schema.Directives)
        {
            _directiveArguments[directive.Name] = [.. directive.Arguments.Select(a => a.Name)];
        }

        foreach (DefinitionNode definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                _directiveArguments[directive.Name.Value] = [.. directive.Arguments.Select(a => a.Name.Value)];
            }
        }
    }

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        var directive = (DirectiveNode)node;
        string directiveName = directive.Name.Value;
        if (directive.Arguments.Count > 0 && _directiveArguments.TryGetValue(directiveName, out string[]? known))
        {
            foreach (ArgumentNode argument in directive.Arguments)
            {
                string name = argument.Name.Value;
                if (Array.IndexOf(known, name) < 0)
                {
                    Context.Report(
                        $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + Context.DidYouMean(Context.SuggestionList(name, known)),
                        argument);
                }
            }
        }

        return false;
    }
}

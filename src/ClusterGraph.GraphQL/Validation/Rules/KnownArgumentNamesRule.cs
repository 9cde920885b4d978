using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Argument Names (https://spec.graphql.org/October2021/#sec-Argument-Names):
/// "For each argument in the document: Let argumentName be the Name of argument. Let argumentDefinition
/// be the argument definition provided by the parent field or definition named argumentName.
/// argumentDefinition must exist."
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    private static readonly KindSet s_enter = KindSet.Of(SyntaxKind.Directive, SyntaxKind.Argument);
    private readonly Dictionary<string, string[]> _directiveArguments = new(StringComparer.Ordinal);

    public KnownArgumentNamesRule(ValidationContext context)
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
        if (node is DirectiveNode directive)
        {
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

        if (Context.Argument is null && Context.FieldDef is { } fieldDef && Context.ParentType is { } parentType)
        {
            string name = ((ArgumentNode)node).Name.Value;
            Context.Report(
                $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"."
                    + Context.DidYouMean(Context.SuggestionList(name, fieldDef.Arguments.Select(a => a.Name))),
                node);
        }

        return true;
    }
}

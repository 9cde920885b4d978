using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Required Arguments (https://spec.graphql.org/October2021/#sec-Required-Arguments), for directives: "For
/// each argumentDefinition in argumentDefinitions: ... If type is Non-Null and defaultValue does not exist:
/// ... argument must exist." graphql-js's ProvidedRequiredArgumentsOnDirectivesRule: an SDL rule on its
/// own, and the directive half of <see cref="ProvidedRequiredArgumentsRule"/>. Checked when leaving the
/// directive, so errors inside its arguments come first.
/// </summary>
public sealed class ProvidedRequiredArgumentsOnDirectivesRule : ValidationRule
{
    private static readonly KindSet s_leave = KindSet.Of(SyntaxKind.Directive);
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredByDirective = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsOnDirectivesRule(ValidationContext context)
        : base(context)
    {
        foreach (DirectiveDefinition directive in context.Schema.Directives)
        {
            _requiredByDirective[directive.Name] = [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()))];
        }

        foreach (DefinitionNode definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                // Later definitions of the same argument name replace earlier ones but keep their place.
                var required = new List<(string Name, string Type)>();
                foreach (InputValueDefinitionNode argument in directive.Arguments)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    {
                        int at = required.FindIndex(r => r.Name == argument.Name.Value);
                        if (at >= 0)
                        {
                            required[at] = (argument.Name.Value, AstPrinter.Print(argument.Type));
                        }
                        else
                        {
                            required.Add((argument.Name.Value, AstPrinter.Print(argument.Type)));
                        }
                    }
                }

                _requiredByDirective[directive.Name.Value] = required;
            }
        }
    }

    public override KindSet LeaveKinds => s_leave;

    public override void Leave(SyntaxNode node)
    {
        var directive = (DirectiveNode)node;
        if (!_requiredByDirective.TryGetValue(directive.Name.Value, out List<(string Name, string Type)>? requiredArguments))
        {
            return;
        }

        foreach ((string name, string type) in requiredArguments)
        {
            if (!IsProvided(directive.Arguments, name))
            {
                Context.Report(
                    $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                    directive);
            }
        }
    }

    /// <summary>Whether an argument named <paramref name="name"/> is among <paramref name="arguments"/>.</summary>
    internal static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (ArgumentNode argument in arguments)
        {
            if (argument.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}

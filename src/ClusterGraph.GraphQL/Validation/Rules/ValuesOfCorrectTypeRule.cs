using ClusterGraph.GraphQL.Errors;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation.Rules;

/// <summary>
/// Values of Correct Type (https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type):
/// "For each input Value value in the document: Let type be the type expected in the position value is
/// found. value must be coercible to type." With it, Input Object Field Names
/// (https://spec.graphql.org/October2021/#sec-Input-Object-Field-Names), Input Object Required Fields
/// (https://spec.graphql.org/October2021/#sec-Input-Object-Required-Fields) and the <c>@oneOf</c> rule
/// (exactly one field, not null, a variable for it non-null), as graphql-js 16.11.0 checks them.
/// </summary>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly KindSet s_enter = KindSet.Of(
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.ListValue, SyntaxKind.ObjectValue,
        SyntaxKind.ObjectField, SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.IntValue, SyntaxKind.FloatValue,
        SyntaxKind.StringValue, SyntaxKind.BooleanValue);

    private readonly Dictionary<string, VariableDefinitionNode> _variableDefinitions = new(StringComparer.Ordinal);

    public override KindSet EnterKinds => s_enter;

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _variableDefinitions.Clear();
                return true;
            case VariableDefinitionNode definition:
                _variableDefinitions[definition.Variable.Name.Value] = definition;
                return true;
            case ListValueNode list:
                if (Context.ParentInputType?.NullableType is not ListType)
                {
                    CheckLeafValue(list);
                    return false;
                }

                return true;
            case ObjectValueNode obj:
                return EnterObject(obj);
            case ObjectFieldNode field:
                if (Context.InputType is null && Context.ParentInputType?.GetNamedType() is InputObjectType parentObject)
                {
                    string name = field.Name.Value;
                    Context.Report(
                        $"Field \"{name}\" is not defined by type \"{parentObject.Name}\"."
                            + Context.DidYouMean(Context.SuggestionList(name, parentObject.Fields.Select(f => f.Name))),
                        field);
                }

                return true;
            case NullValueNode:
                if (Context.InputType is NonNullType nonNull)
                {
                    Context.Report($"Expected value of type \"{nonNull}\", found null.", node);
                }

                return true;
            default:
                CheckLeafValue((ValueNode)node);
                return true;
        }
    }

    private bool EnterObject(ObjectValueNode node)
    {
        if (Context.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeafValue(node);
            return false;
        }

        // Field names in first-seen order; a repeated name keeps its first place and its last value.
        var byName = new Dictionary<string, ObjectFieldNode>(node.Fields.Count, StringComparer.Ordinal);
        string? firstName = null;
        foreach (ObjectFieldNode field in node.Fields)
        {
            firstName ??= field.Name.Value;
            byName[field.Name.Value] = field;
        }

        foreach (InputValueDefinition definition in type.Fields)
        {
            if (definition.IsRequired && !byName.ContainsKey(definition.Name))
            {
                Context.Report($"Field \"{type.Name}.{definition.Name}\" of required type \"{definition.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type, byName, firstName);
        }

        return true;
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> byName, string? firstName)
    {
        if (byName.Count != 1 || firstName is null)
        {
            Context.Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        ValueNode value = byName[firstName].Value;
        if (value is NullValueNode)
        {
            Context.Report($"Field \"{type.Name}.{firstName}\" must be non-null.", node);
            return;
        }

        if (value is VariableNode variable
            && _variableDefinitions.TryGetValue(variable.Name.Value, out VariableDefinitionNode? definition)
            && definition.Type is not NonNullTypeNode)
        {
            Context.Report($"Variable \"{variable.Name.Value}\" must be non-nullable to be used for OneOf Input Object \"{type.Name}\".", node);
        }
    }

    /// <summary>A literal checked by its scalar or enum type's literal parser (graphql-js's isValidValueNode).</summary>
    private void CheckLeafValue(ValueNode node)
    {
        if (Context.InputType is not { } locationType)
        {
            return;
        }

        NamedType type = locationType.GetNamedType();
        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    scalar.ParseLiteral(node, null);
                    break;
                case EnumType enumType:
                    enumType.ParseLiteral(node);
                    break;
                default:
                    Context.Report($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}.", node);
                    break;
            }
        }
        catch (GraphQLError error)
        {
            Context.Report(Context.WithoutHintIfOff(error.Message), node);
        }
        catch (Exception error)
        {
            Context.Report($"Expected value of type \"{locationType}\", found {AstPrinter.Print(node)}; " + error.Message, node);
        }
    }
}

using ClusterGraph.GraphQL.Introspection;
using ClusterGraph.GraphQL.Language;
using ClusterGraph.GraphQL.Types;
using ClusterGraph.GraphQL.Utilities;

namespace ClusterGraph.GraphQL.Validation;

/// <summary>
/// Tracks the schema types around the node being walked (graphql-js's <c>TypeInfo</c>): the output type of
/// the current field, the composite type its selection set selects from, the field and directive
/// definitions, and the input type expected at the current argument or value. Unknown names give null.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => _typeStack.Count > 0 ? _typeStack[^1] : null;

    /// <summary>The composite type the current selection set selects from.</summary>
    public NamedType? ParentType => _parentTypeStack.Count > 0 ? _parentTypeStack[^1] : null;

    /// <summary>The input type expected at the current argument, list item or input field.</summary>
    public GraphQLType? InputType => _inputTypeStack.Count > 0 ? _inputTypeStack[^1] : null;

    /// <summary>The input type one level up (the list or input object holding the current value).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    /// <summary>The definition of the current field.</summary>
    public FieldDefinition? FieldDef => _fieldDefStack.Count > 0 ? _fieldDefStack[^1] : null;

    /// <summary>Whether the current value position has a default (argument or input field default).</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    /// <summary>The definition of the directive being walked.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>The definition of the argument being walked.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The field definition a selection of <paramref name="name"/> on <paramref name="parentType"/> means, meta fields included.</summary>
    public static FieldDefinition? FieldDefFor(Schema schema, NamedType parentType, string name)
    {
        if (name.Length > 2 && name[0] == '_' && name[1] == '_')
        {
            if (name == "__schema" && ReferenceEquals(schema.QueryType, parentType))
            {
                return IntrospectionTypes.SchemaField;
            }

            if (name == "__type" && ReferenceEquals(schema.QueryType, parentType))
            {
                return IntrospectionTypes.TypeField;
            }

            if (name == "__typename" && parentType.IsCompositeType)
            {
                return IntrospectionTypes.TypeNameField;
            }
        }

        return parentType is ComplexType complex ? complex.GetField(name) : null;
    }

    /// <summary>Updates the state on entering <paramref name="node"/> (before the rules see it).</summary>
    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
            {
                NamedType? named = Type?.GetNamedType();
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            }

            case FieldNode field:
            {
                NamedType? parent = ParentType;
                FieldDefinition? fieldDef = parent is null ? null : FieldDefFor(_schema, parent, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type);
                break;
            }

            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;

            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;

            case InlineFragmentNode inline:
                _typeStack.Add(OutputTypeOf(inline.TypeCondition is null ? Type?.GetNamedType() : TypeFromAst.Resolve(_schema, inline.TypeCondition)));
                break;

            case FragmentDefinitionNode fragment:
                _typeStack.Add(OutputTypeOf(TypeFromAst.Resolve(_schema, fragment.TypeCondition)));
                break;

            case VariableDefinitionNode variable:
            {
                GraphQLType? type = TypeFromAst.Resolve(_schema, variable.Type);
                _inputTypeStack.Add(type is { IsInputType: true } ? type : null);
                break;
            }

            case ArgumentNode argument:
            {
                InputValueDefinition? definition = Directive is { } directive
                    ? directive.GetArgument(argument.Name.Value)
                    : FieldDef?.GetArgument(argument.Name.Value);
                Argument = definition;
                _defaultValueStack.Add(definition is { HasDefaultValue: true });
                _inputTypeStack.Add(definition?.Type);
                break;
            }

            case ListValueNode:
            {
                GraphQLType? listType = InputType?.NullableType;
                GraphQLType? itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            }

            case ObjectFieldNode objectField:
            {
                InputValueDefinition? inputField = InputType?.GetNamedType() is InputObjectType inputObject
                    ? inputObject.GetField(objectField.Name.Value)
                    : null;
                _defaultValueStack.Add(inputField is { HasDefaultValue: true });
                _inputTypeStack.Add(inputField?.Type);
                break;
            }
        }
    }

    /// <summary>Restores the state on leaving <paramref name="node"/> (after the rules saw it).</summary>
    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                _parentTypeStack.RemoveAt(_parentTypeStack.Count - 1);
                break;
            case SyntaxKind.Field:
                _fieldDefStack.RemoveAt(_fieldDefStack.Count - 1);
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                _typeStack.RemoveAt(_typeStack.Count - 1);
                break;
            case SyntaxKind.VariableDefinition:
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                _defaultValueStack.RemoveAt(_defaultValueStack.Count - 1);
                _inputTypeStack.RemoveAt(_inputTypeStack.Count - 1);
                break;
        }
    }

    private static GraphQLType? OutputTypeOf(GraphQLType? type) => type is { IsOutputType: true } ? type : null;
}

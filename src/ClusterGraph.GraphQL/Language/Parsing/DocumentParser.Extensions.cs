namespace ClusterGraph.GraphQL.Language;

internal ref partial struct DocumentParser
{
    // TypeSystemExtension :: SchemaExtension | TypeExtension
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        Token keywordToken = Lookahead();
        switch (KeywordOf(keywordToken))
        {
            case Keyword.Schema:
                return ParseSchemaExtension();
            case Keyword.Scalar:
                return ParseScalarTypeExtension();
            case Keyword.Type:
                return ParseObjectTypeExtension();
            case Keyword.Interface:
                return ParseInterfaceTypeExtension();
            case Keyword.Union:
                return ParseUnionTypeExtension();
            case Keyword.Enum:
                return ParseEnumTypeExtension();
            case Keyword.Input:
                return ParseInputObjectTypeExtension();
            default:
                Unexpected(keywordToken);
                return null;
        }
    }

    // SchemaExtension :: extend schema Directives[Const]? { RootOperationTypeDefinition+ } | extend schema Directives[Const]
    private SchemaExtensionNode ParseSchemaExtension()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Extend);
        ExpectKeyword(Keyword.Schema);
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        OperationTypeDefinitionNode[] operationTypes = [];
        if (ExpectOptionalToken(TokenKind.BraceLeft))
        {
            int mark = _stackTop;
            do
            {
                Push(ParseOperationTypeDefinition());
            }
            while (!ExpectOptionalToken(TokenKind.BraceRight));

            operationTypes = PopList<OperationTypeDefinitionNode>(mark);
        }

        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            Unexpected(_token);
        }

        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    // ScalarTypeExtension :: extend scalar Name Directives[Const]
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Extend);
        ExpectKeyword(Keyword.Scalar);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            Unexpected(_token);
        }

        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    // ObjectTypeExtension :: extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Extend);
        ExpectKeyword(Keyword.Type);
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            Unexpected(_token);
        }

        return new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    // InterfaceTypeExtension :: extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one part)
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Extend);
        ExpectKeyword(Keyword.Interface);
        NameNode name = ParseName();
        NamedTypeNode[] interfaces = ParseImplementsInterfaces();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        FieldDefinitionNode[] fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            Unexpected(_token);
        }

        return new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start) };
    }

    // UnionTypeExtension :: extend union Name Directives[Const]? UnionMemberTypes | extend union Name Directives[Const]
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Extend);
        ExpectKeyword(Keyword.Union);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        NamedTypeNode[] types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            Unexpected(_token);
        }

        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    // EnumTypeExtension :: extend enum Name Directives[Const]? EnumValuesDefinition | extend enum Name Directives[Const]
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Extend);
        ExpectKeyword(Keyword.Enum);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        EnumValueDefinitionNode[] values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            Unexpected(_token);
        }

        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    // InputObjectTypeExtension :: extend input Name Directives[Const]? InputFieldsDefinition | extend input Name Directives[Const]
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        NodeStart start = StartHere();
        ExpectKeyword(Keyword.Extend);
        ExpectKeyword(Keyword.Input);
        NameNode name = ParseName();
        DirectiveNode[] directives = ParseDirectives(isConst: true);
        InputValueDefinitionNode[] fields = ParseInputValueDefinitions(TokenKind.BraceLeft, TokenKind.BraceRight);
        if (directives.Length == 0 && fields.Length == 0)
        {
            Unexpected(_token);
        }

        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }
}

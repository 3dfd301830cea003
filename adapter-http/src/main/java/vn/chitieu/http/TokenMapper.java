package vn.chitieu.http;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import vn.chitieu.access.AccessToken;

/** Maps tokens to their JSON views; the hash never leaves the server. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
public interface TokenMapper extends ValueTexts {

    @Mapping(target = "unit", source = "scope")
    TokenJson toJson(AccessToken token);

    @Mapping(target = "token", source = "secret")
    @Mapping(target = "id", source = "token.id")
    @Mapping(target = "role", source = "token.role")
    @Mapping(target = "unit", source = "token.scope")
    IssuedTokenJson toJson(AccessToken.Issued issued);
}

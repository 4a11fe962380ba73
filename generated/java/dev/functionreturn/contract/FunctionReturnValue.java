// Generated from schema/function_return.schema.json by quicktype 26.0.0; do not edit: run `make generate`.
package dev.functionreturn.contract;

import java.io.IOException;
import java.io.IOException;
import com.fasterxml.jackson.core.*;
import com.fasterxml.jackson.databind.*;
import com.fasterxml.jackson.databind.annotation.*;
import com.fasterxml.jackson.core.type.*;

/**
 * What an agent function may return: a string (the system prompt for the next LLM turn),
 * null (no instruction), or an object of instructions. Contract version 1.1.0.
 */
@JsonDeserialize(using = FunctionReturnValue.Deserializer.class)
@JsonSerialize(using = FunctionReturnValue.Serializer.class)
public class FunctionReturnValue {
    public FunctionReturn functionReturnValue;
    public String stringValue;

    static class Deserializer extends JsonDeserializer<FunctionReturnValue> {
        @Override
        public FunctionReturnValue deserialize(JsonParser jsonParser, DeserializationContext deserializationContext) throws IOException, JsonProcessingException {
            FunctionReturnValue value = new FunctionReturnValue();
            switch (jsonParser.currentToken()) {
                case VALUE_NULL:
                    break;
                case VALUE_STRING:
                    String string = jsonParser.readValueAs(String.class);
                    value.stringValue = string;
                    break;
                case START_OBJECT:
                    value.functionReturnValue = jsonParser.readValueAs(FunctionReturn.class);
                    break;
                default: throw new IOException("Cannot deserialize FunctionReturnValue");
            }
            return value;
        }
    }

    static class Serializer extends JsonSerializer<FunctionReturnValue> {
        @Override
        public void serialize(FunctionReturnValue obj, JsonGenerator jsonGenerator, SerializerProvider serializerProvider) throws IOException {
            if (obj.functionReturnValue != null) {
                jsonGenerator.writeObject(obj.functionReturnValue);
                return;
            }
            if (obj.stringValue != null) {
                jsonGenerator.writeObject(obj.stringValue);
                return;
            }
            jsonGenerator.writeNull();
        }
    }
}

package org.commonground.adapter.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads SQL arrays (aggregated child rows, button columns) into lists; a null array is empty. */
final class SqlArrays {

    private SqlArrays() {
    }

    static <T> List<T> read(ResultSet rs, String column, Function<Object, T> element) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(element.apply(value));
        }
        return values;
    }
}

package org.commonground.adapter.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.commonground.core.domain.Member;
import org.commonground.core.domain.MemberRef;
import org.springframework.jdbc.core.RowMapper;

/** A row of {@code members} as a {@link Member}. */
final class MemberRowMapper implements RowMapper<Member> {

    static final String COLUMNS = "ref, display_name, credited";

    @Override
    public Member mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new Member(MemberRef.parse(rs.getString("ref")), rs.getString("display_name"),
                rs.getBoolean("credited"));
    }
}

package org.coproduction.landscape.reports.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.coproduction.landscape.reports.ReportSource;

/**
 * The floor of a document's reading: the SQL statements the document ran, recorded once, then run
 * again on their own with plain JDBC (the same fetch size, every column of every row read with
 * {@code getObject}, no mapping to cells). What a document takes beyond its SQL and the raw writing
 * of its cells is the cost of the rest: the row mapping, the writer, the server.
 */
final class SqlFloor {

  /** A statement the document ran, with its parameters by index. */
  record Statement(String sql, Map<Integer, Object> parameters) {}

  /** An SQL array parameter, kept as its values: the array belongs to its connection. */
  private record ArrayOf(String type, Object[] values) {
    ArrayOf(java.sql.Array array) throws SQLException {
      this(array.getBaseTypeName(), (Object[]) array.getArray());
    }
  }

  private final List<Statement> statements = new ArrayList<>();

  /** The statements recorded so far, in the order they ran. */
  List<Statement> statements() {
    return List.copyOf(statements);
  }

  /** {@code connection} as the document sees it, recording every statement it prepares and runs. */
  Connection recording(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = call(connection, method, args);
              if (method.getName().equals("prepareStatement")) {
                return recording((PreparedStatement) result, (String) args[0]);
              }
              return result;
            });
  }

  /** {@code dataSource} with every connection it gives recording the statements it runs. */
  DataSource recording(DataSource dataSource) {
    return (DataSource)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = call(dataSource, method, args);
              return result instanceof Connection c ? recording(c) : result;
            });
  }

  private PreparedStatement recording(PreparedStatement statement, String sql) {
    Map<Integer, Object> parameters = new TreeMap<>();
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getName().startsWith("set")
              && args != null
              && args.length >= 2
              && args[0] instanceof Integer index) {
            parameters.put(index, args[1] instanceof java.sql.Array a ? new ArrayOf(a) : args[1]);
          }
          if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
            statements.add(new Statement(sql, new TreeMap<>(parameters)));
          }
          return call(statement, method, args);
        };
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class}, handler);
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /**
   * Runs the recorded statements again on {@code connection}, reading every column of every row.
   *
   * @return the rows read
   */
  long replay(Connection connection) throws SQLException {
    long rows = 0;
    for (Statement s : statements) {
      try (PreparedStatement p =
          connection.prepareStatement(
              s.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
        p.setFetchSize(ReportSource.FETCH_SIZE);
        for (Map.Entry<Integer, Object> parameter : s.parameters().entrySet()) {
          Object value = parameter.getValue();
          p.setObject(
              parameter.getKey(),
              value instanceof ArrayOf a ? connection.createArrayOf(a.type(), a.values()) : value);
        }
        try (ResultSet rs = p.executeQuery()) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              rs.getObject(i);
            }
            rows++;
          }
        }
      }
    }
    return rows;
  }
}

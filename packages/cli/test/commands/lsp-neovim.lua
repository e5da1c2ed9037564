-- Drives `cjm lsp --stdio` from Neovim 0.7 (its built-in LSP client), as lsp-neovim.test.ts
-- asks: `nvim --headless -u NONE -i NONE -n -c "luafile lsp-neovim.lua"`. The test passes the
-- files in the environment and reads what Neovim saw from CJM_RESULT (JSON). Every wait is
-- bounded, and Neovim quits whatever happens.
local env = {
  node = os.getenv('CJM_NODE'),
  bin = os.getenv('CJM_BIN'),
  root = os.getenv('CJM_ROOT'),
  lint_file = os.getenv('CJM_LINT_FILE'),
  format_file = os.getenv('CJM_FORMAT_FILE'),
  result = os.getenv('CJM_RESULT'),
}
local TIMEOUT = 10000
local result = { diagnostics = {}, completion = {} }

local function wait(what, condition)
  if not vim.wait(TIMEOUT, condition, 20) then
    error('timed out waiting for ' .. what)
  end
end

-- Opens a file in a buffer of filetype cjm and attaches the client to it (didOpen).
local function open(file, client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'cjm'
  if not vim.lsp.buf_attach_client(buf, client_id) then
    error('cannot attach the client to ' .. file)
  end
  return buf
end

-- The LSP position (UTF-16) just after the first `via ` of a buffer.
local function after_via(buf)
  for index, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, true)) do
    local from, to = line:find('via ', 1, true)
    if from then
      return { line = index - 1, character = select(2, vim.str_utfindex(line, to)) }
    end
  end
  error('no `via ` in the buffer')
end

local function run()
  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'cjm',
    cmd = { env.node, env.bin, 'lsp', '--stdio' },
    root_dir = env.root,
    on_exit = function(code, signal)
      result.exit = { code = code, signal = signal }
      exited = true
    end,
  })
  if not client_id then
    error('vim.lsp.start_client did not start the server')
  end

  local lint_buf = open(env.lint_file, client_id)
  wait('diagnostics', function()
    return #vim.diagnostic.get(lint_buf) > 0
  end)
  for _, diagnostic in ipairs(vim.diagnostic.get(lint_buf)) do
    table.insert(result.diagnostics, { code = diagnostic.code, line = diagnostic.lnum, message = diagnostic.message })
  end

  local position = after_via(lint_buf)
  local responses = vim.lsp.buf_request_sync(lint_buf, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(lint_buf) },
    position = position,
  }, TIMEOUT)
  for _, response in pairs(responses or {}) do
    if response.err then
      error('completion failed: ' .. vim.inspect(response.err))
    end
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      table.insert(result.completion, item.label)
    end
  end

  local format_buf = open(env.format_file, client_id)
  vim.lsp.buf.formatting_sync(nil, TIMEOUT)
  vim.cmd('write')
  result.formatted_buffer = table.concat(vim.api.nvim_buf_get_lines(format_buf, 0, -1, true), '\n') .. '\n'

  vim.lsp.stop_client(client_id)
  wait('the server to exit', function()
    return exited
  end)
end

local ok, problem = pcall(run)
if not ok then
  result.error = tostring(problem)
end
local file = io.open(env.result, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')



module top(clock,reset_n,uart_rx,uart_tx,leds);
    
    // Module arguments
    input wire  clock;
    input wire  reset_n;
    input wire  uart_rx;
    output reg  uart_tx;
    output reg  [7:0] leds;
    
    // Constant declarations
    localparam  one26 = 26'h1;
    localparam  zero_stretch = 20'h0;
    localparam  one_stretch = 20'h1;
    localparam  all_stretch = 20'hfffff;
    localparam  zero8 = 8'h0;
    localparam  led$0 = 8'h1;
    localparam  led$1 = 8'h2;
    localparam  led$2 = 8'h4;
    localparam  led$3 = 8'h8;
    localparam  led$4 = 8'h10;
    localparam  led$5 = 8'h20;
    localparam  led$6 = 8'h40;
    localparam  led$7 = 8'h80;
    
    // Stub signals
    reg  pll$clock_in;
    wire  pll$clock_out;
    wire  pll$locked;
    reg  reset_generator$clock;
    reg  reset_generator$button_n;
    reg  reset_generator$locked;
    wire  reset_generator$reset;
    reg  front_end$clock;
    reg  front_end$reset;
    reg  front_end$rx;
    wire  front_end$tx;
    wire  front_end$core$write;
    wire  [23:0] front_end$core$write_address;
    wire  [7:0] front_end$core$write_data;
    reg  [7:0] front_end$core$write_status;
    wire  front_end$core$read;
    wire  [23:0] front_end$core$read_address;
    reg  [7:0] front_end$core$read_data;
    reg  front_end$core$busy;
    reg  [1:0] front_end$core$slot_done;
    reg  front_end$core$key_loaded;
    reg  front_end$core$model_ready;
    reg  [7:0] front_end$core$last_error;
    wire  front_end$activity;
    reg  core$clock;
    reg  core$reset;
    reg  core$bus$write;
    reg  [23:0] core$bus$write_address;
    reg  [7:0] core$bus$write_data;
    wire  [7:0] core$bus$write_status;
    reg  core$bus$read;
    reg  [23:0] core$bus$read_address;
    wire  [7:0] core$bus$read_data;
    wire  core$bus$busy;
    wire  [1:0] core$bus$slot_done;
    wire  core$bus$key_loaded;
    wire  core$bus$model_ready;
    wire  [7:0] core$bus$last_error;
    reg  [25:0] heartbeat$d;
    wire  [25:0] heartbeat$q;
    reg  heartbeat$clock;
    reg  [19:0] busy_stretch$d;
    wire  [19:0] busy_stretch$q;
    reg  busy_stretch$clock;
    reg  [19:0] activity_stretch$d;
    wire  [19:0] activity_stretch$q;
    reg  activity_stretch$clock;
    
    // Local signals
    reg  core_clock;
    reg  [7:0] led_bits;
    
    // Sub module instances
    top$pll pll(
        .clock_in(pll$clock_in),
        .clock_out(pll$clock_out),
        .locked(pll$locked)
    );
    top$reset_generator reset_generator(
        .clock(reset_generator$clock),
        .button_n(reset_generator$button_n),
        .locked(reset_generator$locked),
        .reset(reset_generator$reset)
    );
    top$front_end front_end(
        .clock(front_end$clock),
        .reset(front_end$reset),
        .rx(front_end$rx),
        .tx(front_end$tx),
        .core$write(front_end$core$write),
        .core$write_address(front_end$core$write_address),
        .core$write_data(front_end$core$write_data),
        .core$write_status(front_end$core$write_status),
        .core$read(front_end$core$read),
        .core$read_address(front_end$core$read_address),
        .core$read_data(front_end$core$read_data),
        .core$busy(front_end$core$busy),
        .core$slot_done(front_end$core$slot_done),
        .core$key_loaded(front_end$core$key_loaded),
        .core$model_ready(front_end$core$model_ready),
        .core$last_error(front_end$core$last_error),
        .activity(front_end$activity)
    );
    top$core core(
        .clock(core$clock),
        .reset(core$reset),
        .bus$write(core$bus$write),
        .bus$write_address(core$bus$write_address),
        .bus$write_data(core$bus$write_data),
        .bus$write_status(core$bus$write_status),
        .bus$read(core$bus$read),
        .bus$read_address(core$bus$read_address),
        .bus$read_data(core$bus$read_data),
        .bus$busy(core$bus$busy),
        .bus$slot_done(core$bus$slot_done),
        .bus$key_loaded(core$bus$key_loaded),
        .bus$model_ready(core$bus$model_ready),
        .bus$last_error(core$bus$last_error)
    );
    top$heartbeat heartbeat(
        .d(heartbeat$d),
        .q(heartbeat$q),
        .clock(heartbeat$clock)
    );
    top$busy_stretch busy_stretch(
        .d(busy_stretch$d),
        .q(busy_stretch$q),
        .clock(busy_stretch$clock)
    );
    top$activity_stretch activity_stretch(
        .d(activity_stretch$d),
        .q(activity_stretch$q),
        .clock(activity_stretch$clock)
    );
    
    // Update code
    always @(*) begin
        pll$clock_in = clock;
        core_clock = pll$clock_out;
        heartbeat$clock = core_clock;
        busy_stretch$clock = core_clock;
        activity_stretch$clock = core_clock;
        heartbeat$d = heartbeat$q;
        busy_stretch$d = busy_stretch$q;
        activity_stretch$d = activity_stretch$q;
        reset_generator$clock = core_clock;
        front_end$clock = core_clock;
        core$clock = core_clock;
        reset_generator$button_n = reset_n;
        reset_generator$locked = pll$locked;
        front_end$reset = reset_generator$reset;
        core$reset = reset_generator$reset;
        front_end$rx = uart_rx;
        uart_tx = front_end$tx;
        heartbeat$d = heartbeat$q + one26;
        if (busy_stretch$q != zero_stretch) begin
            busy_stretch$d = busy_stretch$q - one_stretch;
        end
        if (core$bus$busy) begin
            busy_stretch$d = all_stretch;
        end
        if (activity_stretch$q != zero_stretch) begin
            activity_stretch$d = activity_stretch$q - one_stretch;
        end
        if (front_end$activity) begin
            activity_stretch$d = all_stretch;
        end
        led_bits = zero8;
        if (heartbeat$q[32'h19]) begin
            led_bits = led_bits | led$0;
        end
        if (core$bus$key_loaded) begin
            led_bits = led_bits | led$1;
        end
        if (core$bus$model_ready) begin
            led_bits = led_bits | led$2;
        end
        if (busy_stretch$q != zero_stretch) begin
            led_bits = led_bits | led$3;
        end
        if (core$bus$last_error != zero8) begin
            led_bits = led_bits | led$4;
        end
        if (activity_stretch$q != zero_stretch) begin
            led_bits = led_bits | led$5;
        end
        if (pll$locked) begin
            led_bits = led_bits | led$6;
        end
        if (reset_generator$reset) begin
            led_bits = led_bits | led$7;
        end
        leds = led_bits;
    end
    
    always @(*) core$bus$write = front_end$core$write;
    always @(*) core$bus$write_address = front_end$core$write_address;
    always @(*) core$bus$write_data = front_end$core$write_data;
    always @(*) front_end$core$write_status = core$bus$write_status;
    always @(*) core$bus$read = front_end$core$read;
    always @(*) core$bus$read_address = front_end$core$read_address;
    always @(*) front_end$core$read_data = core$bus$read_data;
    always @(*) front_end$core$busy = core$bus$busy;
    always @(*) front_end$core$slot_done = core$bus$slot_done;
    always @(*) front_end$core$key_loaded = core$bus$key_loaded;
    always @(*) front_end$core$model_ready = core$bus$model_ready;
    always @(*) front_end$core$last_error = core$bus$last_error;
endmodule // top


module top$activity_stretch(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$activity_stretch


module top$busy_stretch(d,q,clock);
    
    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 20'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$busy_stretch


module top$core(clock,reset,bus$write,bus$write_address,bus$write_data,bus$write_status,bus$read,bus$read_address,bus$read_data,bus$busy,bus$slot_done,bus$key_loaded,bus$model_ready,bus$last_error);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  bus$write;
    input wire  [23:0] bus$write_address;
    input wire  [7:0] bus$write_data;
    output reg  [7:0] bus$write_status;
    input wire  bus$read;
    input wire  [23:0] bus$read_address;
    output reg  [7:0] bus$read_data;
    output reg  bus$busy;
    output reg  [1:0] bus$slot_done;
    output reg  bus$key_loaded;
    output reg  bus$model_ready;
    output reg  [7:0] bus$last_error;
    
    // Constant declarations
    localparam  bypass = 1'b0;
    localparam  lane_shift = 8'h1;
    localparam  result_slot = 11'b100000000;
    
    // Stub signals
    reg  decode$clock;
    reg  decode$reset;
    reg  decode$write;
    reg  [23:0] decode$write_address;
    reg  [7:0] decode$write_data;
    wire  [7:0] decode$write_status;
    reg  decode$busy;
    reg  decode$running;
    reg  decode$running_slot;
    reg  decode$model_ready;
    wire  decode$refused;
    wire  [7:0] decode$refuse_code;
    wire  decode$accepted;
    wire  decode$weight_byte;
    wire  decode$input0_byte;
    wire  decode$input1_byte;
    wire  decode$config_byte;
    wire  decode$config_commit;
    wire  decode$run;
    wire  decode$model_changes;
    wire  decode$key_changes;
    wire  decode$key$write;
    wire  [7:0] decode$key$write_data;
    wire  decode$key$commit;
    wire  decode$key$clear;
    wire  decode$key$discard;
    reg  decode$key$commit_error;
    reg  decode$key$loaded;
    reg  packing$clock;
    reg  [23:0] packing$write_address;
    reg  [7:0] packing$write_data;
    reg  packing$take;
    reg  packing$weight_byte;
    wire  [15:0] packing$word;
    wire  packing$word_ends;
    wire  [8:0] packing$input_address;
    wire  packing$weight_write;
    wire  [13:0] packing$weight_write_address;
    wire  [15:0] packing$weight_write_data;
    reg  control$clock;
    reg  control$reset;
    reg  control$run;
    reg  control$run_slot;
    reg  control$config_commit;
    reg  control$model_changes;
    reg  control$key_changes;
    reg  control$refused;
    reg  [7:0] control$refuse_code;
    reg  control$key_commit_error;
    reg  control$check_done;
    reg  [7:0] control$check_error;
    reg  control$run_done;
    wire  control$busy;
    wire  control$start;
    wire  control$running;
    wire  control$running_slot;
    wire  control$check_start;
    wire  control$checking;
    wire  control$model_ready;
    wire  [1:0] control$slot_done;
    wire  [7:0] control$last_error;
    wire  [31:0] control$runs;
    wire  [63:0] control$uptime;
    wire  [31:0] control$cycles;
    reg  read_back$clock;
    reg  read_back$read;
    reg  [23:0] read_back$read_address;
    wire  [7:0] read_back$read_data;
    reg  [1:0] read_back$slot_done;
    reg  read_back$key_loaded;
    reg  read_back$model_ready;
    reg  read_back$busy;
    reg  [7:0] read_back$last_error;
    reg  [31:0] read_back$runs;
    reg  [63:0] read_back$uptime;
    wire  [10:0] read_back$results_address;
    reg  [7:0] read_back$results_data;
    reg  unlock$clock;
    reg  unlock$reset;
    reg  unlock$key$write;
    reg  [7:0] unlock$key$write_data;
    reg  unlock$key$commit;
    reg  unlock$key$clear;
    reg  unlock$key$discard;
    wire  unlock$key$commit_error;
    wire  unlock$key$loaded;
    reg  unlock$restart;
    reg  [15:0] unlock$locked_data;
    reg  unlock$locked_valid;
    wire  unlock$locked_ready;
    wire  [15:0] unlock$plain_data;
    wire  unlock$plain_valid;
    reg  unlock$plain_ready;
    reg  unlock$hardened;
    reg  [31:0] unlock$nonce_word0;
    reg  [31:0] unlock$nonce_word1;
    reg  [31:0] unlock$nonce_word2;
    reg  weights$clock;
    reg  [13:0] weights$read_address;
    wire  [15:0] weights$read_data;
    reg  [13:0] weights$write_address;
    reg  [15:0] weights$write_data;
    reg  weights$write_enable;
    reg  slots$clock;
    reg  slots$running;
    reg  slots$running_slot;
    reg  [8:0] slots$input_address;
    reg  [15:0] slots$input_word;
    reg  slots$input0_write;
    reg  slots$input1_write;
    reg  slots$act_write_enable;
    reg  [8:0] slots$act_write_address;
    reg  [15:0] slots$act_write_data;
    reg  [8:0] slots$act_read_address;
    wire  [15:0] slots$act_read_data;
    reg  results$clock;
    reg  [10:0] results$read_address;
    wire  [7:0] results$read_data;
    reg  [10:0] results$write_address;
    reg  [7:0] results$write_data;
    reg  results$write_enable;
    reg  streamer$clock;
    reg  streamer$reset;
    reg  streamer$start;
    reg  [13:0] streamer$words;
    wire  [13:0] streamer$mem_address;
    reg  [15:0] streamer$mem_data;
    wire  [15:0] streamer$data;
    wire  streamer$valid;
    reg  streamer$ready;
    reg  weight_skid$clock;
    reg  weight_skid$flush;
    reg  [15:0] weight_skid$in_data;
    reg  weight_skid$in_valid;
    wire  weight_skid$in_ready;
    wire  [15:0] weight_skid$out_data;
    wire  weight_skid$out_valid;
    reg  weight_skid$out_ready;
    reg  sequencer$clock;
    reg  sequencer$reset;
    reg  sequencer$start;
    wire  [3:0] sequencer$layer;
    reg  [15:0] sequencer$layer_inputs;
    reg  [15:0] sequencer$layer_outputs;
    reg  [15:0] sequencer$layer_input_offset;
    reg  sequencer$layer_is_last;
    reg  [15:0] sequencer$beat_data;
    reg  sequencer$beat_valid;
    wire  sequencer$beat_ready;
    wire  [8:0] sequencer$act_address;
    wire  sequencer$mac$valid;
    reg  sequencer$mac$ready;
    wire  [15:0] sequencer$mac$weights;
    wire  [1:0] sequencer$mac$lane_mask;
    wire  sequencer$mac$row_start;
    wire  sequencer$mac$row_end;
    wire  [31:0] sequencer$mac$bias;
    wire  [15:0] sequencer$mac$multiplier;
    wire  [7:0] sequencer$mac$shift;
    wire  sequencer$mac$last_layer;
    reg  sequencer$drained;
    wire  sequencer$finished;
    reg  mac$clock;
    reg  mac$reset;
    reg  mac$beat$valid;
    wire  mac$beat$ready;
    reg  [15:0] mac$beat$weights;
    reg  [1:0] mac$beat$lane_mask;
    reg  mac$beat$row_start;
    reg  mac$beat$row_end;
    reg  [31:0] mac$beat$bias;
    reg  [15:0] mac$beat$multiplier;
    reg  [7:0] mac$beat$shift;
    reg  mac$beat$last_layer;
    reg  [15:0] mac$activations;
    wire  mac$row$valid;
    reg  mac$row$ready;
    wire  [31:0] mac$row$acc;
    wire  [15:0] mac$row$multiplier;
    wire  [7:0] mac$row$shift;
    wire  mac$row$last_layer;
    wire  mac$empty;
    reg  outputs$clock;
    reg  outputs$reset;
    reg  outputs$start;
    reg  outputs$row$valid;
    wire  outputs$row$ready;
    reg  [31:0] outputs$row$acc;
    reg  [15:0] outputs$row$multiplier;
    reg  [7:0] outputs$row$shift;
    reg  outputs$row$last_layer;
    reg  [15:0] outputs$layer_outputs;
    reg  [15:0] outputs$layer_output_offset;
    wire  outputs$act_write_enable;
    wire  [8:0] outputs$act_write_address;
    wire  [15:0] outputs$act_write_data;
    wire  outputs$result_write_enable;
    wire  [9:0] outputs$result_write_address;
    wire  [7:0] outputs$result_write_data;
    reg  outputs$finish;
    reg  [31:0] outputs$cycles;
    wire  outputs$idle;
    wire  outputs$done;
    reg  model_config$clock;
    reg  model_config$reset;
    reg  model_config$write;
    reg  [7:0] model_config$write_data;
    reg  [3:0] model_config$layer$select;
    wire  [15:0] model_config$layer$inputs;
    wire  [15:0] model_config$layer$outputs;
    wire  [15:0] model_config$layer$input_offset;
    wire  [15:0] model_config$layer$output_offset;
    wire  model_config$layer$is_last;
    wire  [3:0] model_config$layer_count;
    wire  [31:0] model_config$payload_len;
    wire  [31:0] model_config$payload_crc;
    wire  model_config$lock_mode_ok;
    wire  model_config$hardened;
    wire  [31:0] model_config$nonce_word0;
    wire  [31:0] model_config$nonce_word1;
    wire  [31:0] model_config$nonce_word2;
    reg  layer_config$clock;
    reg  layer_config$checking;
    wire  [3:0] layer_config$registers$select;
    reg  [15:0] layer_config$registers$inputs;
    reg  [15:0] layer_config$registers$outputs;
    reg  [15:0] layer_config$registers$input_offset;
    reg  [15:0] layer_config$registers$output_offset;
    reg  layer_config$registers$is_last;
    reg  [3:0] layer_config$checker$select;
    wire  [15:0] layer_config$checker$inputs;
    wire  [15:0] layer_config$checker$outputs;
    wire  [15:0] layer_config$checker$input_offset;
    wire  [15:0] layer_config$checker$output_offset;
    wire  layer_config$checker$is_last;
    reg  [3:0] layer_config$pipeline$select;
    wire  [15:0] layer_config$pipeline$inputs;
    wire  [15:0] layer_config$pipeline$outputs;
    wire  [15:0] layer_config$pipeline$input_offset;
    wire  [15:0] layer_config$pipeline$output_offset;
    wire  layer_config$pipeline$is_last;
    reg  check$clock;
    reg  check$reset;
    reg  check$start;
    wire  check$done;
    wire  [7:0] check$error;
    wire  [3:0] check$layer_config$select;
    reg  [15:0] check$layer_config$inputs;
    reg  [15:0] check$layer_config$outputs;
    reg  [15:0] check$layer_config$input_offset;
    reg  [15:0] check$layer_config$output_offset;
    reg  check$layer_config$is_last;
    reg  [3:0] check$layer_count;
    reg  [31:0] check$payload_len;
    reg  [31:0] check$payload_crc;
    reg  check$lock_mode_ok;
    wire  [13:0] check$mem_address;
    reg  [15:0] check$mem_data;
    reg  plain_skid$clock;
    reg  plain_skid$flush;
    reg  [15:0] plain_skid$in_data;
    reg  plain_skid$in_valid;
    wire  plain_skid$in_ready;
    wire  [15:0] plain_skid$out_data;
    wire  plain_skid$out_valid;
    reg  plain_skid$out_ready;
    
    // Local signals
    reg  [31:0] payload_words_wide;
    
    // Sub module instances
    top$core$decode decode(
        .clock(decode$clock),
        .reset(decode$reset),
        .write(decode$write),
        .write_address(decode$write_address),
        .write_data(decode$write_data),
        .write_status(decode$write_status),
        .busy(decode$busy),
        .running(decode$running),
        .running_slot(decode$running_slot),
        .model_ready(decode$model_ready),
        .refused(decode$refused),
        .refuse_code(decode$refuse_code),
        .accepted(decode$accepted),
        .weight_byte(decode$weight_byte),
        .input0_byte(decode$input0_byte),
        .input1_byte(decode$input1_byte),
        .config_byte(decode$config_byte),
        .config_commit(decode$config_commit),
        .run(decode$run),
        .model_changes(decode$model_changes),
        .key_changes(decode$key_changes),
        .key$write(decode$key$write),
        .key$write_data(decode$key$write_data),
        .key$commit(decode$key$commit),
        .key$clear(decode$key$clear),
        .key$discard(decode$key$discard),
        .key$commit_error(decode$key$commit_error),
        .key$loaded(decode$key$loaded)
    );
    top$core$packing packing(
        .clock(packing$clock),
        .write_address(packing$write_address),
        .write_data(packing$write_data),
        .take(packing$take),
        .weight_byte(packing$weight_byte),
        .word(packing$word),
        .word_ends(packing$word_ends),
        .input_address(packing$input_address),
        .weight_write(packing$weight_write),
        .weight_write_address(packing$weight_write_address),
        .weight_write_data(packing$weight_write_data)
    );
    top$core$control control(
        .clock(control$clock),
        .reset(control$reset),
        .run(control$run),
        .run_slot(control$run_slot),
        .config_commit(control$config_commit),
        .model_changes(control$model_changes),
        .key_changes(control$key_changes),
        .refused(control$refused),
        .refuse_code(control$refuse_code),
        .key_commit_error(control$key_commit_error),
        .check_done(control$check_done),
        .check_error(control$check_error),
        .run_done(control$run_done),
        .busy(control$busy),
        .start(control$start),
        .running(control$running),
        .running_slot(control$running_slot),
        .check_start(control$check_start),
        .checking(control$checking),
        .model_ready(control$model_ready),
        .slot_done(control$slot_done),
        .last_error(control$last_error),
        .runs(control$runs),
        .uptime(control$uptime),
        .cycles(control$cycles)
    );
    top$core$read_back read_back(
        .clock(read_back$clock),
        .read(read_back$read),
        .read_address(read_back$read_address),
        .read_data(read_back$read_data),
        .slot_done(read_back$slot_done),
        .key_loaded(read_back$key_loaded),
        .model_ready(read_back$model_ready),
        .busy(read_back$busy),
        .last_error(read_back$last_error),
        .runs(read_back$runs),
        .uptime(read_back$uptime),
        .results_address(read_back$results_address),
        .results_data(read_back$results_data)
    );
    top$core$unlock unlock(
        .clock(unlock$clock),
        .reset(unlock$reset),
        .key$write(unlock$key$write),
        .key$write_data(unlock$key$write_data),
        .key$commit(unlock$key$commit),
        .key$clear(unlock$key$clear),
        .key$discard(unlock$key$discard),
        .key$commit_error(unlock$key$commit_error),
        .key$loaded(unlock$key$loaded),
        .restart(unlock$restart),
        .locked_data(unlock$locked_data),
        .locked_valid(unlock$locked_valid),
        .locked_ready(unlock$locked_ready),
        .plain_data(unlock$plain_data),
        .plain_valid(unlock$plain_valid),
        .plain_ready(unlock$plain_ready),
        .hardened(unlock$hardened),
        .nonce_word0(unlock$nonce_word0),
        .nonce_word1(unlock$nonce_word1),
        .nonce_word2(unlock$nonce_word2)
    );
    top$core$weights weights(
        .clock(weights$clock),
        .read_address(weights$read_address),
        .read_data(weights$read_data),
        .write_address(weights$write_address),
        .write_data(weights$write_data),
        .write_enable(weights$write_enable)
    );
    top$core$slots slots(
        .clock(slots$clock),
        .running(slots$running),
        .running_slot(slots$running_slot),
        .input_address(slots$input_address),
        .input_word(slots$input_word),
        .input0_write(slots$input0_write),
        .input1_write(slots$input1_write),
        .act_write_enable(slots$act_write_enable),
        .act_write_address(slots$act_write_address),
        .act_write_data(slots$act_write_data),
        .act_read_address(slots$act_read_address),
        .act_read_data(slots$act_read_data)
    );
    top$core$results results(
        .clock(results$clock),
        .read_address(results$read_address),
        .read_data(results$read_data),
        .write_address(results$write_address),
        .write_data(results$write_data),
        .write_enable(results$write_enable)
    );
    top$core$streamer streamer(
        .clock(streamer$clock),
        .reset(streamer$reset),
        .start(streamer$start),
        .words(streamer$words),
        .mem_address(streamer$mem_address),
        .mem_data(streamer$mem_data),
        .data(streamer$data),
        .valid(streamer$valid),
        .ready(streamer$ready)
    );
    top$core$weight_skid weight_skid(
        .clock(weight_skid$clock),
        .flush(weight_skid$flush),
        .in_data(weight_skid$in_data),
        .in_valid(weight_skid$in_valid),
        .in_ready(weight_skid$in_ready),
        .out_data(weight_skid$out_data),
        .out_valid(weight_skid$out_valid),
        .out_ready(weight_skid$out_ready)
    );
    top$core$sequencer sequencer(
        .clock(sequencer$clock),
        .reset(sequencer$reset),
        .start(sequencer$start),
        .layer(sequencer$layer),
        .layer_inputs(sequencer$layer_inputs),
        .layer_outputs(sequencer$layer_outputs),
        .layer_input_offset(sequencer$layer_input_offset),
        .layer_is_last(sequencer$layer_is_last),
        .beat_data(sequencer$beat_data),
        .beat_valid(sequencer$beat_valid),
        .beat_ready(sequencer$beat_ready),
        .act_address(sequencer$act_address),
        .mac$valid(sequencer$mac$valid),
        .mac$ready(sequencer$mac$ready),
        .mac$weights(sequencer$mac$weights),
        .mac$lane_mask(sequencer$mac$lane_mask),
        .mac$row_start(sequencer$mac$row_start),
        .mac$row_end(sequencer$mac$row_end),
        .mac$bias(sequencer$mac$bias),
        .mac$multiplier(sequencer$mac$multiplier),
        .mac$shift(sequencer$mac$shift),
        .mac$last_layer(sequencer$mac$last_layer),
        .drained(sequencer$drained),
        .finished(sequencer$finished)
    );
    top$core$mac mac(
        .clock(mac$clock),
        .reset(mac$reset),
        .beat$valid(mac$beat$valid),
        .beat$ready(mac$beat$ready),
        .beat$weights(mac$beat$weights),
        .beat$lane_mask(mac$beat$lane_mask),
        .beat$row_start(mac$beat$row_start),
        .beat$row_end(mac$beat$row_end),
        .beat$bias(mac$beat$bias),
        .beat$multiplier(mac$beat$multiplier),
        .beat$shift(mac$beat$shift),
        .beat$last_layer(mac$beat$last_layer),
        .activations(mac$activations),
        .row$valid(mac$row$valid),
        .row$ready(mac$row$ready),
        .row$acc(mac$row$acc),
        .row$multiplier(mac$row$multiplier),
        .row$shift(mac$row$shift),
        .row$last_layer(mac$row$last_layer),
        .empty(mac$empty)
    );
    top$core$outputs outputs(
        .clock(outputs$clock),
        .reset(outputs$reset),
        .start(outputs$start),
        .row$valid(outputs$row$valid),
        .row$ready(outputs$row$ready),
        .row$acc(outputs$row$acc),
        .row$multiplier(outputs$row$multiplier),
        .row$shift(outputs$row$shift),
        .row$last_layer(outputs$row$last_layer),
        .layer_outputs(outputs$layer_outputs),
        .layer_output_offset(outputs$layer_output_offset),
        .act_write_enable(outputs$act_write_enable),
        .act_write_address(outputs$act_write_address),
        .act_write_data(outputs$act_write_data),
        .result_write_enable(outputs$result_write_enable),
        .result_write_address(outputs$result_write_address),
        .result_write_data(outputs$result_write_data),
        .finish(outputs$finish),
        .cycles(outputs$cycles),
        .idle(outputs$idle),
        .done(outputs$done)
    );
    top$core$model_config model_config(
        .clock(model_config$clock),
        .reset(model_config$reset),
        .write(model_config$write),
        .write_data(model_config$write_data),
        .layer$select(model_config$layer$select),
        .layer$inputs(model_config$layer$inputs),
        .layer$outputs(model_config$layer$outputs),
        .layer$input_offset(model_config$layer$input_offset),
        .layer$output_offset(model_config$layer$output_offset),
        .layer$is_last(model_config$layer$is_last),
        .layer_count(model_config$layer_count),
        .payload_len(model_config$payload_len),
        .payload_crc(model_config$payload_crc),
        .lock_mode_ok(model_config$lock_mode_ok),
        .hardened(model_config$hardened),
        .nonce_word0(model_config$nonce_word0),
        .nonce_word1(model_config$nonce_word1),
        .nonce_word2(model_config$nonce_word2)
    );
    top$core$layer_config layer_config(
        .clock(layer_config$clock),
        .checking(layer_config$checking),
        .registers$select(layer_config$registers$select),
        .registers$inputs(layer_config$registers$inputs),
        .registers$outputs(layer_config$registers$outputs),
        .registers$input_offset(layer_config$registers$input_offset),
        .registers$output_offset(layer_config$registers$output_offset),
        .registers$is_last(layer_config$registers$is_last),
        .checker$select(layer_config$checker$select),
        .checker$inputs(layer_config$checker$inputs),
        .checker$outputs(layer_config$checker$outputs),
        .checker$input_offset(layer_config$checker$input_offset),
        .checker$output_offset(layer_config$checker$output_offset),
        .checker$is_last(layer_config$checker$is_last),
        .pipeline$select(layer_config$pipeline$select),
        .pipeline$inputs(layer_config$pipeline$inputs),
        .pipeline$outputs(layer_config$pipeline$outputs),
        .pipeline$input_offset(layer_config$pipeline$input_offset),
        .pipeline$output_offset(layer_config$pipeline$output_offset),
        .pipeline$is_last(layer_config$pipeline$is_last)
    );
    top$core$check check(
        .clock(check$clock),
        .reset(check$reset),
        .start(check$start),
        .done(check$done),
        .error(check$error),
        .layer_config$select(check$layer_config$select),
        .layer_config$inputs(check$layer_config$inputs),
        .layer_config$outputs(check$layer_config$outputs),
        .layer_config$input_offset(check$layer_config$input_offset),
        .layer_config$output_offset(check$layer_config$output_offset),
        .layer_config$is_last(check$layer_config$is_last),
        .layer_count(check$layer_count),
        .payload_len(check$payload_len),
        .payload_crc(check$payload_crc),
        .lock_mode_ok(check$lock_mode_ok),
        .mem_address(check$mem_address),
        .mem_data(check$mem_data)
    );
    top$core$plain_skid plain_skid(
        .clock(plain_skid$clock),
        .flush(plain_skid$flush),
        .in_data(plain_skid$in_data),
        .in_valid(plain_skid$in_valid),
        .in_ready(plain_skid$in_ready),
        .out_data(plain_skid$out_data),
        .out_valid(plain_skid$out_valid),
        .out_ready(plain_skid$out_ready)
    );
    
    // Update code
    always @(*) begin
        decode$clock = clock;
        packing$clock = clock;
        control$clock = clock;
        read_back$clock = clock;
        plain_skid$clock = clock;
        unlock$clock = clock;
        weights$clock = clock;
        slots$clock = clock;
        results$clock = clock;
        streamer$clock = clock;
        weight_skid$clock = clock;
        sequencer$clock = clock;
        mac$clock = clock;
        outputs$clock = clock;
        model_config$clock = clock;
        layer_config$clock = clock;
        check$clock = clock;
        decode$reset = reset;
        control$reset = reset;
        unlock$reset = reset;
        streamer$reset = reset;
        sequencer$reset = reset;
        mac$reset = reset;
        outputs$reset = reset;
        model_config$reset = reset;
        check$reset = reset;
        decode$write = bus$write;
        decode$write_address = bus$write_address;
        decode$write_data = bus$write_data;
        decode$busy = control$busy;
        decode$running = control$running;
        decode$running_slot = control$running_slot;
        decode$model_ready = control$model_ready;
        bus$write_status = decode$write_status;
        packing$write_address = bus$write_address;
        packing$write_data = bus$write_data;
        packing$take = decode$accepted;
        packing$weight_byte = decode$weight_byte;
        weights$write_address = packing$weight_write_address;
        weights$write_data = packing$weight_write_data;
        weights$write_enable = packing$weight_write;
        model_config$write = decode$config_byte;
        model_config$write_data = bus$write_data;
        control$run = decode$run;
        control$run_slot = bus$write_data[32'h0];
        control$config_commit = decode$config_commit;
        control$model_changes = decode$model_changes;
        control$key_changes = decode$key_changes;
        control$refused = decode$refused;
        control$refuse_code = decode$refuse_code;
        control$key_commit_error = unlock$key$commit_error;
        control$check_done = check$done;
        control$check_error = check$error;
        control$run_done = outputs$done;
        check$start = control$check_start;
        layer_config$checking = control$checking;
        check$layer_count = model_config$layer_count;
        check$payload_len = model_config$payload_len;
        check$payload_crc = model_config$payload_crc;
        check$lock_mode_ok = model_config$lock_mode_ok;
        check$mem_data = weights$read_data;
        weights$read_address = streamer$mem_address;
        if (control$checking) begin
            weights$read_address = check$mem_address;
        end
        payload_words_wide = model_config$payload_len >> lane_shift;
        streamer$start = control$start;
        streamer$words = payload_words_wide[(32'h0)+:(14)];
        streamer$mem_data = weights$read_data;
        unlock$restart = control$start;
        unlock$hardened = model_config$hardened;
        unlock$nonce_word0 = model_config$nonce_word0;
        unlock$nonce_word1 = model_config$nonce_word1;
        unlock$nonce_word2 = model_config$nonce_word2;
        weight_skid$flush = reset | control$start;
        weight_skid$in_data = streamer$data;
        weight_skid$in_valid = streamer$valid;
        streamer$ready = weight_skid$in_ready;
        unlock$locked_data = weight_skid$out_data;
        unlock$locked_valid = weight_skid$out_valid;
        weight_skid$out_ready = unlock$locked_ready;
        plain_skid$flush = reset | control$start;
        plain_skid$in_data = unlock$plain_data;
        plain_skid$in_valid = unlock$plain_valid;
        unlock$plain_ready = plain_skid$in_ready;
        if (bypass) begin
            plain_skid$in_data = weight_skid$out_data;
            plain_skid$in_valid = weight_skid$out_valid;
            weight_skid$out_ready = plain_skid$in_ready;
            unlock$plain_ready = 1'b0;
        end
        sequencer$beat_data = plain_skid$out_data;
        sequencer$beat_valid = plain_skid$out_valid;
        plain_skid$out_ready = sequencer$beat_ready;
        sequencer$start = control$start;
        layer_config$pipeline$select = sequencer$layer;
        sequencer$layer_inputs = layer_config$pipeline$inputs;
        sequencer$layer_outputs = layer_config$pipeline$outputs;
        sequencer$layer_input_offset = layer_config$pipeline$input_offset;
        sequencer$layer_is_last = layer_config$pipeline$is_last;
        sequencer$drained = mac$empty & outputs$idle;
        slots$act_read_address = sequencer$act_address;
        mac$activations = slots$act_read_data;
        outputs$start = control$start;
        outputs$layer_outputs = layer_config$pipeline$outputs;
        outputs$layer_output_offset = layer_config$pipeline$output_offset;
        outputs$finish = sequencer$finished;
        outputs$cycles = control$cycles;
        slots$running = control$running;
        slots$running_slot = control$running_slot;
        slots$input_address = packing$input_address;
        slots$input_word = packing$word;
        slots$input0_write = decode$input0_byte & packing$word_ends;
        slots$input1_write = decode$input1_byte & packing$word_ends;
        slots$act_write_enable = outputs$act_write_enable;
        slots$act_write_address = outputs$act_write_address;
        slots$act_write_data = outputs$act_write_data;
        results$write_address = ((outputs$result_write_address) & 11'h7ff);
        if (control$running_slot) begin
            results$write_address = ((outputs$result_write_address) & 11'h7ff) + result_slot;
        end
        results$write_data = outputs$result_write_data;
        results$write_enable = outputs$result_write_enable;
        read_back$read = bus$read;
        read_back$read_address = bus$read_address;
        bus$read_data = read_back$read_data;
        read_back$slot_done = control$slot_done;
        read_back$key_loaded = unlock$key$loaded;
        read_back$model_ready = control$model_ready;
        read_back$busy = control$busy;
        read_back$last_error = control$last_error;
        read_back$runs = control$runs;
        read_back$uptime = control$uptime;
        results$read_address = read_back$results_address;
        read_back$results_data = results$read_data;
        bus$key_loaded = unlock$key$loaded;
        bus$model_ready = control$model_ready;
        bus$busy = control$busy;
        bus$slot_done = control$slot_done;
        bus$last_error = control$last_error;
    end
    
    always @(*) unlock$key$write = decode$key$write;
    always @(*) unlock$key$write_data = decode$key$write_data;
    always @(*) unlock$key$commit = decode$key$commit;
    always @(*) unlock$key$clear = decode$key$clear;
    always @(*) unlock$key$discard = decode$key$discard;
    always @(*) decode$key$commit_error = unlock$key$commit_error;
    always @(*) decode$key$loaded = unlock$key$loaded;
    always @(*) model_config$layer$select = layer_config$registers$select;
    always @(*) layer_config$registers$inputs = model_config$layer$inputs;
    always @(*) layer_config$registers$outputs = model_config$layer$outputs;
    always @(*) layer_config$registers$input_offset = model_config$layer$input_offset;
    always @(*) layer_config$registers$output_offset = model_config$layer$output_offset;
    always @(*) layer_config$registers$is_last = model_config$layer$is_last;
    always @(*) layer_config$checker$select = check$layer_config$select;
    always @(*) check$layer_config$inputs = layer_config$checker$inputs;
    always @(*) check$layer_config$outputs = layer_config$checker$outputs;
    always @(*) check$layer_config$input_offset = layer_config$checker$input_offset;
    always @(*) check$layer_config$output_offset = layer_config$checker$output_offset;
    always @(*) check$layer_config$is_last = layer_config$checker$is_last;
    always @(*) mac$beat$valid = sequencer$mac$valid;
    always @(*) sequencer$mac$ready = mac$beat$ready;
    always @(*) mac$beat$weights = sequencer$mac$weights;
    always @(*) mac$beat$lane_mask = sequencer$mac$lane_mask;
    always @(*) mac$beat$row_start = sequencer$mac$row_start;
    always @(*) mac$beat$row_end = sequencer$mac$row_end;
    always @(*) mac$beat$bias = sequencer$mac$bias;
    always @(*) mac$beat$multiplier = sequencer$mac$multiplier;
    always @(*) mac$beat$shift = sequencer$mac$shift;
    always @(*) mac$beat$last_layer = sequencer$mac$last_layer;
    always @(*) outputs$row$valid = mac$row$valid;
    always @(*) mac$row$ready = outputs$row$ready;
    always @(*) outputs$row$acc = mac$row$acc;
    always @(*) outputs$row$multiplier = mac$row$multiplier;
    always @(*) outputs$row$shift = mac$row$shift;
    always @(*) outputs$row$last_layer = mac$row$last_layer;
endmodule // top$core


module top$core$check(clock,reset,start,done,error,layer_config$select,layer_config$inputs,layer_config$outputs,layer_config$input_offset,layer_config$output_offset,layer_config$is_last,layer_count,payload_len,payload_crc,lock_mode_ok,mem_address,mem_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    output reg  done;
    output reg  [7:0] error;
    output reg  [3:0] layer_config$select;
    input wire  [15:0] layer_config$inputs;
    input wire  [15:0] layer_config$outputs;
    input wire  [15:0] layer_config$input_offset;
    input wire  [15:0] layer_config$output_offset;
    input wire  layer_config$is_last;
    input wire  [3:0] layer_count;
    input wire  [31:0] payload_len;
    input wire  [31:0] payload_crc;
    input wire  lock_mode_ok;
    output reg  [13:0] mem_address;
    input wire  [15:0] mem_data;
    
    // Constant declarations
    localparam  weight_bytes = 32'h3400;
    localparam  lane_shift = 8'h1;
    localparam  lanes = 4'h2;
    localparam  header_bytes = 32'h8;
    localparam  zero32 = 32'h0;
    localparam  one32 = 32'h1;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  zero8 = 8'h0;
    localparam  byte_shift = 8'h8;
    localparam  bad_config = 8'h8;
    localparam  weights_crc = 8'h9;
    
    // Enums
    localparam CheckState$Idle = 0;
    localparam CheckState$Fetch = 1;
    localparam CheckState$Ends = 2;
    localparam CheckState$Judge = 3;
    localparam CheckState$Layer = 4;
    localparam CheckState$Decide = 5;
    localparam CheckState$Sum = 6;
    localparam CheckState$Total = 7;
    localparam CheckState$Read = 8;
    localparam CheckState$Latch = 9;
    localparam CheckState$Feed = 10;
    localparam CheckState$Compare = 11;
    
    // Stub signals
    reg  weights_crc_engine$clock;
    reg  weights_crc_engine$clear;
    reg  weights_crc_engine$enable;
    reg  [7:0] weights_crc_engine$data;
    wire  [31:0] weights_crc_engine$crc;
    reg  rules$clock;
    reg  [15:0] rules$layer_inputs;
    reg  [15:0] rules$layer_outputs;
    reg  [15:0] rules$layer_input_offset;
    reg  [15:0] rules$layer_output_offset;
    reg  rules$layer_is_last;
    reg  rules$load;
    reg  rules$pad;
    reg  rules$ends;
    reg  rules$judge;
    reg  rules$accept;
    reg  rules$first;
    wire  rules$ok;
    wire  [15:0] rules$outputs;
    wire  [17:0] rules$padded_inputs;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [3:0] layer$d;
    wire  [3:0] layer$q;
    reg  layer$clock;
    reg  [31:0] sum$d;
    wire  [31:0] sum$q;
    reg  sum$clock;
    reg  [15:0] rows_left$d;
    wire  [15:0] rows_left$q;
    reg  rows_left$clock;
    reg  [31:0] row_bytes$d;
    wire  [31:0] row_bytes$q;
    reg  row_bytes$clock;
    reg  [15:0] word$d;
    wire  [15:0] word$q;
    reg  word$clock;
    reg  [31:0] word_index$d;
    wire  [31:0] word_index$q;
    reg  word_index$clock;
    reg  [3:0] bytes_left$d;
    wire  [3:0] bytes_left$q;
    reg  bytes_left$clock;
    reg  [7:0] error_code$d;
    wire  [7:0] error_code$q;
    reg  error_code$clock;
    reg  done_pulse$d;
    wire  done_pulse$q;
    reg  done_pulse$clock;
    reg  sum_over_q$d;
    wire  sum_over_q$q;
    reg  sum_over_q$clock;
    reg  sum_differs_q$d;
    wire  sum_differs_q$q;
    reg  sum_differs_q$clock;
    reg  payload_too_big_q$d;
    wire  payload_too_big_q$q;
    reg  payload_too_big_q$clock;
    
    // Local signals
    reg  [31:0] word_count_wide;
    
    // Sub module instances
    top$core$check$weights_crc_engine weights_crc_engine(
        .clock(weights_crc_engine$clock),
        .clear(weights_crc_engine$clear),
        .enable(weights_crc_engine$enable),
        .data(weights_crc_engine$data),
        .crc(weights_crc_engine$crc)
    );
    top$core$check$rules rules(
        .clock(rules$clock),
        .layer_inputs(rules$layer_inputs),
        .layer_outputs(rules$layer_outputs),
        .layer_input_offset(rules$layer_input_offset),
        .layer_output_offset(rules$layer_output_offset),
        .layer_is_last(rules$layer_is_last),
        .load(rules$load),
        .pad(rules$pad),
        .ends(rules$ends),
        .judge(rules$judge),
        .accept(rules$accept),
        .first(rules$first),
        .ok(rules$ok),
        .outputs(rules$outputs),
        .padded_inputs(rules$padded_inputs)
    );
    top$core$check$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$check$layer layer(
        .d(layer$d),
        .q(layer$q),
        .clock(layer$clock)
    );
    top$core$check$sum sum(
        .d(sum$d),
        .q(sum$q),
        .clock(sum$clock)
    );
    top$core$check$rows_left rows_left(
        .d(rows_left$d),
        .q(rows_left$q),
        .clock(rows_left$clock)
    );
    top$core$check$row_bytes row_bytes(
        .d(row_bytes$d),
        .q(row_bytes$q),
        .clock(row_bytes$clock)
    );
    top$core$check$word word(
        .d(word$d),
        .q(word$q),
        .clock(word$clock)
    );
    top$core$check$word_index word_index(
        .d(word_index$d),
        .q(word_index$q),
        .clock(word_index$clock)
    );
    top$core$check$bytes_left bytes_left(
        .d(bytes_left$d),
        .q(bytes_left$q),
        .clock(bytes_left$clock)
    );
    top$core$check$error_code error_code(
        .d(error_code$d),
        .q(error_code$q),
        .clock(error_code$clock)
    );
    top$core$check$done_pulse done_pulse(
        .d(done_pulse$d),
        .q(done_pulse$q),
        .clock(done_pulse$clock)
    );
    top$core$check$sum_over_q sum_over_q(
        .d(sum_over_q$d),
        .q(sum_over_q$q),
        .clock(sum_over_q$clock)
    );
    top$core$check$sum_differs_q sum_differs_q(
        .d(sum_differs_q$d),
        .q(sum_differs_q$q),
        .clock(sum_differs_q$clock)
    );
    top$core$check$payload_too_big_q payload_too_big_q(
        .d(payload_too_big_q$d),
        .q(payload_too_big_q$q),
        .clock(payload_too_big_q$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        layer$clock = clock;
        sum_over_q$clock = clock;
        sum_differs_q$clock = clock;
        payload_too_big_q$clock = clock;
        sum$clock = clock;
        rows_left$clock = clock;
        row_bytes$clock = clock;
        word$clock = clock;
        word_index$clock = clock;
        bytes_left$clock = clock;
        error_code$clock = clock;
        done_pulse$clock = clock;
        state$d = state$q;
        layer$d = layer$q;
        sum_over_q$d = sum_over_q$q;
        sum_differs_q$d = sum_differs_q$q;
        payload_too_big_q$d = payload_too_big_q$q;
        sum$d = sum$q;
        rows_left$d = rows_left$q;
        row_bytes$d = row_bytes$q;
        word$d = word$q;
        word_index$d = word_index$q;
        bytes_left$d = bytes_left$q;
        error_code$d = error_code$q;
        done_pulse$d = done_pulse$q;
        weights_crc_engine$clock = clock;
        rules$clock = clock;
        weights_crc_engine$clear = 1'b0;
        weights_crc_engine$enable = 1'b0;
        weights_crc_engine$data = word$q[(32'h0)+:(8)];
        done_pulse$d = 1'b0;
        layer_config$select = layer$q;
        word_count_wide = payload_len >> lane_shift;
        mem_address = word_index$q[(32'h0)+:(14)];
        rules$layer_inputs = layer_config$inputs;
        rules$layer_outputs = layer_config$outputs;
        rules$layer_input_offset = layer_config$input_offset;
        rules$layer_output_offset = layer_config$output_offset;
        rules$layer_is_last = layer_config$is_last;
        rules$first = layer$q == zero4;
        rules$load = 1'b0;
        rules$pad = 1'b0;
        rules$ends = 1'b0;
        rules$judge = 1'b0;
        rules$accept = 1'b0;
        sum_over_q$d = sum$q > payload_len;
        sum_differs_q$d = sum$q != payload_len;
        payload_too_big_q$d = payload_len > weight_bytes;
        case (state$q)
            CheckState$Idle:
                begin
                end
            CheckState$Fetch:
                begin
                    rules$load = 1'b1;
                    state$d = CheckState$Ends;
                    if (layer$q == layer_count) begin
                        state$d = CheckState$Total;
                    end
                end
            CheckState$Ends:
                begin
                    rules$pad = 1'b1;
                    state$d = CheckState$Judge;
                end
            CheckState$Judge:
                begin
                    rules$ends = 1'b1;
                    state$d = CheckState$Layer;
                end
            CheckState$Layer:
                begin
                    rules$judge = 1'b1;
                    state$d = CheckState$Decide;
                end
            CheckState$Decide:
                begin
                    if (rules$ok) begin
                        rows_left$d = rules$outputs;
                        row_bytes$d = header_bytes + ((rules$padded_inputs) & 32'hffffffff);
                        rules$accept = 1'b1;
                        state$d = CheckState$Sum;
                    end
                    else begin
                        error_code$d = bad_config;
                        done_pulse$d = 1'b1;
                        state$d = CheckState$Idle;
                    end
                end
            CheckState$Sum:
                begin
                    if (sum_over_q$q) begin
                        error_code$d = bad_config;
                        done_pulse$d = 1'b1;
                        state$d = CheckState$Idle;
                    end
                    else if (rows_left$q == zero16) begin
                        layer$d = layer$q + one4;
                        state$d = CheckState$Fetch;
                    end
                    else begin
                        sum$d = sum$q + row_bytes$q;
                        rows_left$d = rows_left$q - one16;
                    end
                end
            CheckState$Total:
                begin
                    if ((layer_count == zero4) | sum_differs_q$q | payload_too_big_q$q | ~lock_mode_ok) begin
                        error_code$d = bad_config;
                        done_pulse$d = 1'b1;
                        state$d = CheckState$Idle;
                    end
                    else begin
                        weights_crc_engine$clear = 1'b1;
                        word_index$d = zero32;
                        state$d = CheckState$Read;
                    end
                end
            CheckState$Read:
                begin
                    if (word_index$q == word_count_wide) begin
                        state$d = CheckState$Compare;
                    end
                    else begin
                        state$d = CheckState$Latch;
                    end
                end
            CheckState$Latch:
                begin
                    word$d = mem_data;
                    bytes_left$d = lanes;
                    state$d = CheckState$Feed;
                end
            CheckState$Feed:
                begin
                    weights_crc_engine$enable = 1'b1;
                    word$d = word$q >> byte_shift;
                    bytes_left$d = bytes_left$q - one4;
                    if (bytes_left$q == one4) begin
                        word_index$d = word_index$q + one32;
                        state$d = CheckState$Read;
                    end
                end
            CheckState$Compare:
                begin
                    error_code$d = zero8;
                    if (weights_crc_engine$crc != payload_crc) begin
                        error_code$d = weights_crc;
                    end
                    done_pulse$d = 1'b1;
                    state$d = CheckState$Idle;
                end
            default:
                begin
                    state$d = CheckState$Idle;
                end
        endcase
        if (start) begin
            state$d = CheckState$Fetch;
            layer$d = zero4;
            sum$d = zero32;
            error_code$d = zero8;
        end
        if (reset) begin
            state$d = CheckState$Idle;
            done_pulse$d = 1'b0;
        end
        done = done_pulse$q;
        error = error_code$q;
    end
    
endmodule // top$core$check


module top$core$check$bytes_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$bytes_left


module top$core$check$done_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$done_pulse


module top$core$check$error_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$error_code


module top$core$check$layer(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$layer


module top$core$check$payload_too_big_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$payload_too_big_q


module top$core$check$row_bytes(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$row_bytes


module top$core$check$rows_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rows_left


module top$core$check$rules(clock,layer_inputs,layer_outputs,layer_input_offset,layer_output_offset,layer_is_last,load,pad,ends,judge,accept,first,ok,outputs,padded_inputs);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] layer_inputs;
    input wire  [15:0] layer_outputs;
    input wire  [15:0] layer_input_offset;
    input wire  [15:0] layer_output_offset;
    input wire  layer_is_last;
    input wire  load;
    input wire  pad;
    input wire  ends;
    input wire  judge;
    input wire  accept;
    input wire  first;
    output reg  ok;
    output reg  [15:0] outputs;
    output reg  [17:0] padded_inputs;
    
    // Constant declarations
    localparam  slot_bytes = 18'b10000000000;
    localparam  max_classes = 18'b111110;
    localparam  seven = 18'b111;
    localparam  not_seven = 18'b111111111111111000;
    localparam  zero18 = 18'b0;
    localparam  zero16 = 16'h0;
    
    // Stub signals
    reg  [15:0] inputs_q$d;
    wire  [15:0] inputs_q$q;
    reg  inputs_q$clock;
    reg  [15:0] outputs_q$d;
    wire  [15:0] outputs_q$q;
    reg  outputs_q$clock;
    reg  [15:0] input_offset_q$d;
    wire  [15:0] input_offset_q$q;
    reg  input_offset_q$clock;
    reg  [15:0] output_offset_q$d;
    wire  [15:0] output_offset_q$q;
    reg  output_offset_q$clock;
    reg  is_last_q$d;
    wire  is_last_q$q;
    reg  is_last_q$clock;
    reg  [15:0] previous_outputs$d;
    wire  [15:0] previous_outputs$q;
    reg  previous_outputs$clock;
    reg  [15:0] previous_output_offset$d;
    wire  [15:0] previous_output_offset$q;
    reg  previous_output_offset$clock;
    reg  [17:0] padded_inputs_q$d;
    wire  [17:0] padded_inputs_q$q;
    reg  padded_inputs_q$clock;
    reg  [17:0] padded_outputs_q$d;
    wire  [17:0] padded_outputs_q$q;
    reg  padded_outputs_q$clock;
    reg  [17:0] input_end_q$d;
    wire  [17:0] input_end_q$q;
    reg  input_end_q$clock;
    reg  [17:0] output_end_q$d;
    wire  [17:0] output_end_q$q;
    reg  output_end_q$clock;
    reg  layer_ok_q$d;
    wire  layer_ok_q$q;
    reg  layer_ok_q$clock;
    
    // Local signals
    reg  [17:0] inputs_wide;
    reg  [17:0] outputs_wide;
    reg  [17:0] input_offset_wide;
    reg  [17:0] output_offset_wide;
    reg  [17:0] padded_inputs_d;
    reg  [17:0] padded_outputs_d;
    reg  [17:0] input_end;
    reg  [17:0] output_end;
    reg  chain_ok;
    reg  outputs_ok;
    reg  layer_ok;
    
    // Sub module instances
    top$core$check$rules$inputs_q inputs_q(
        .d(inputs_q$d),
        .q(inputs_q$q),
        .clock(inputs_q$clock)
    );
    top$core$check$rules$outputs_q outputs_q(
        .d(outputs_q$d),
        .q(outputs_q$q),
        .clock(outputs_q$clock)
    );
    top$core$check$rules$input_offset_q input_offset_q(
        .d(input_offset_q$d),
        .q(input_offset_q$q),
        .clock(input_offset_q$clock)
    );
    top$core$check$rules$output_offset_q output_offset_q(
        .d(output_offset_q$d),
        .q(output_offset_q$q),
        .clock(output_offset_q$clock)
    );
    top$core$check$rules$is_last_q is_last_q(
        .d(is_last_q$d),
        .q(is_last_q$q),
        .clock(is_last_q$clock)
    );
    top$core$check$rules$previous_outputs previous_outputs(
        .d(previous_outputs$d),
        .q(previous_outputs$q),
        .clock(previous_outputs$clock)
    );
    top$core$check$rules$previous_output_offset previous_output_offset(
        .d(previous_output_offset$d),
        .q(previous_output_offset$q),
        .clock(previous_output_offset$clock)
    );
    top$core$check$rules$padded_inputs_q padded_inputs_q(
        .d(padded_inputs_q$d),
        .q(padded_inputs_q$q),
        .clock(padded_inputs_q$clock)
    );
    top$core$check$rules$padded_outputs_q padded_outputs_q(
        .d(padded_outputs_q$d),
        .q(padded_outputs_q$q),
        .clock(padded_outputs_q$clock)
    );
    top$core$check$rules$input_end_q input_end_q(
        .d(input_end_q$d),
        .q(input_end_q$q),
        .clock(input_end_q$clock)
    );
    top$core$check$rules$output_end_q output_end_q(
        .d(output_end_q$d),
        .q(output_end_q$q),
        .clock(output_end_q$clock)
    );
    top$core$check$rules$layer_ok_q layer_ok_q(
        .d(layer_ok_q$d),
        .q(layer_ok_q$q),
        .clock(layer_ok_q$clock)
    );
    
    // Update code
    always @(*) begin
        inputs_q$clock = clock;
        outputs_q$clock = clock;
        input_offset_q$clock = clock;
        output_offset_q$clock = clock;
        is_last_q$clock = clock;
        previous_outputs$clock = clock;
        previous_output_offset$clock = clock;
        padded_inputs_q$clock = clock;
        padded_outputs_q$clock = clock;
        input_end_q$clock = clock;
        output_end_q$clock = clock;
        layer_ok_q$clock = clock;
        inputs_q$d = inputs_q$q;
        outputs_q$d = outputs_q$q;
        input_offset_q$d = input_offset_q$q;
        output_offset_q$d = output_offset_q$q;
        is_last_q$d = is_last_q$q;
        previous_outputs$d = previous_outputs$q;
        previous_output_offset$d = previous_output_offset$q;
        padded_inputs_q$d = padded_inputs_q$q;
        padded_outputs_q$d = padded_outputs_q$q;
        input_end_q$d = input_end_q$q;
        output_end_q$d = output_end_q$q;
        layer_ok_q$d = layer_ok_q$q;
        inputs_wide = ((inputs_q$q) & 18'h3ffff);
        outputs_wide = ((outputs_q$q) & 18'h3ffff);
        input_offset_wide = ((input_offset_q$q) & 18'h3ffff);
        output_offset_wide = ((output_offset_q$q) & 18'h3ffff);
        padded_inputs_d = (inputs_wide + seven) & not_seven;
        padded_outputs_d = (outputs_wide + seven) & not_seven;
        input_end = input_offset_wide + padded_inputs_q$q;
        output_end = output_offset_wide + padded_outputs_q$q;
        chain_ok = input_offset_wide == zero18;
        if (~first) begin
            chain_ok = (inputs_q$q == previous_outputs$q) & (input_offset_q$q == previous_output_offset$q);
        end
        outputs_ok = outputs_wide <= max_classes;
        if (~is_last_q$q) begin
            outputs_ok = ((output_offset_wide & seven) == zero18) & (output_end_q$q <= slot_bytes) & ((input_end_q$q <= output_offset_wide) | (output_end_q$q <= input_offset_wide));
        end
        layer_ok = (inputs_q$q != zero16) & (outputs_q$q != zero16) & ((input_offset_wide & seven) == zero18) & (input_end_q$q <= slot_bytes) & chain_ok & outputs_ok;
        if (load) begin
            inputs_q$d = layer_inputs;
            outputs_q$d = layer_outputs;
            input_offset_q$d = layer_input_offset;
            output_offset_q$d = layer_output_offset;
            is_last_q$d = layer_is_last;
        end
        if (pad) begin
            padded_inputs_q$d = padded_inputs_d;
            padded_outputs_q$d = padded_outputs_d;
        end
        if (ends) begin
            input_end_q$d = input_end;
            output_end_q$d = output_end;
        end
        if (judge) begin
            layer_ok_q$d = layer_ok;
        end
        if (accept) begin
            previous_outputs$d = outputs_q$q;
            previous_output_offset$d = output_offset_q$q;
        end
        ok = layer_ok_q$q;
        outputs = outputs_q$q;
        padded_inputs = padded_inputs_q$q;
    end
    
endmodule // top$core$check$rules


module top$core$check$rules$input_end_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$input_end_q


module top$core$check$rules$input_offset_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$input_offset_q


module top$core$check$rules$inputs_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$inputs_q


module top$core$check$rules$is_last_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$is_last_q


module top$core$check$rules$layer_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$layer_ok_q


module top$core$check$rules$output_end_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$output_end_q


module top$core$check$rules$output_offset_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$output_offset_q


module top$core$check$rules$outputs_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$outputs_q


module top$core$check$rules$padded_inputs_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$padded_inputs_q


module top$core$check$rules$padded_outputs_q(d,q,clock);
    
    // Module arguments
    input wire  [17:0] d;
    output reg  [17:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 18'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$padded_outputs_q


module top$core$check$rules$previous_output_offset(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$previous_output_offset


module top$core$check$rules$previous_outputs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$rules$previous_outputs


module top$core$check$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam CheckState$Idle = 0;
    localparam CheckState$Fetch = 1;
    localparam CheckState$Ends = 2;
    localparam CheckState$Judge = 3;
    localparam CheckState$Layer = 4;
    localparam CheckState$Decide = 5;
    localparam CheckState$Sum = 6;
    localparam CheckState$Total = 7;
    localparam CheckState$Read = 8;
    localparam CheckState$Latch = 9;
    localparam CheckState$Feed = 10;
    localparam CheckState$Compare = 11;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$state


module top$core$check$sum(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$sum


module top$core$check$sum_differs_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$sum_differs_q


module top$core$check$sum_over_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$sum_over_q


module top$core$check$weights_crc_engine(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [31:0] crc;
    
    // Update code (custom)
    reg [31:0] state;
    wire [31:0] next;
    assign next[0] = ^(state & 32'h104) ^ ^(data & 8'h04);
    assign next[1] = ^(state & 32'h209) ^ ^(data & 8'h09);
    assign next[2] = ^(state & 32'h413) ^ ^(data & 8'h13);
    assign next[3] = ^(state & 32'h826) ^ ^(data & 8'h26);
    assign next[4] = ^(state & 32'h104d) ^ ^(data & 8'h4d);
    assign next[5] = ^(state & 32'h209a) ^ ^(data & 8'h9a);
    assign next[6] = ^(state & 32'h4030) ^ ^(data & 8'h30);
    assign next[7] = ^(state & 32'h8061) ^ ^(data & 8'h61);
    assign next[8] = ^(state & 32'h100c2) ^ ^(data & 8'hc2);
    assign next[9] = ^(state & 32'h20080) ^ ^(data & 8'h80);
    assign next[10] = ^(state & 32'h40004) ^ ^(data & 8'h04);
    assign next[11] = ^(state & 32'h80008) ^ ^(data & 8'h08);
    assign next[12] = ^(state & 32'h100011) ^ ^(data & 8'h11);
    assign next[13] = ^(state & 32'h200023) ^ ^(data & 8'h23);
    assign next[14] = ^(state & 32'h400046) ^ ^(data & 8'h46);
    assign next[15] = ^(state & 32'h80008c) ^ ^(data & 8'h8c);
    assign next[16] = ^(state & 32'h100001d) ^ ^(data & 8'h1d);
    assign next[17] = ^(state & 32'h200003b) ^ ^(data & 8'h3b);
    assign next[18] = ^(state & 32'h4000077) ^ ^(data & 8'h77);
    assign next[19] = ^(state & 32'h80000ee) ^ ^(data & 8'hee);
    assign next[20] = ^(state & 32'h100000d8) ^ ^(data & 8'hd8);
    assign next[21] = ^(state & 32'h200000b4) ^ ^(data & 8'hb4);
    assign next[22] = ^(state & 32'h4000006c) ^ ^(data & 8'h6c);
    assign next[23] = ^(state & 32'h800000d8) ^ ^(data & 8'hd8);
    assign next[24] = ^(state & 32'hb5) ^ ^(data & 8'hb5);
    assign next[25] = ^(state & 32'h6f) ^ ^(data & 8'h6f);
    assign next[26] = ^(state & 32'hdf) ^ ^(data & 8'hdf);
    assign next[27] = ^(state & 32'hba) ^ ^(data & 8'hba);
    assign next[28] = ^(state & 32'h71) ^ ^(data & 8'h71);
    assign next[29] = ^(state & 32'he3) ^ ^(data & 8'he3);
    assign next[30] = ^(state & 32'hc3) ^ ^(data & 8'hc3);
    assign next[31] = ^(state & 32'h82) ^ ^(data & 8'h82);
    always @(posedge clock) begin
        if (clear) state <= 32'hffffffff;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 32'hffffffff;
endmodule // top$core$check$weights_crc_engine


module top$core$check$word(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$word


module top$core$check$word_index(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$check$word_index


module top$core$control(clock,reset,run,run_slot,config_commit,model_changes,key_changes,refused,refuse_code,key_commit_error,check_done,check_error,run_done,busy,start,running,running_slot,check_start,checking,model_ready,slot_done,last_error,runs,uptime,cycles);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  run;
    input wire  run_slot;
    input wire  config_commit;
    input wire  model_changes;
    input wire  key_changes;
    input wire  refused;
    input wire  [7:0] refuse_code;
    input wire  key_commit_error;
    input wire  check_done;
    input wire  [7:0] check_error;
    input wire  run_done;
    output reg  busy;
    output reg  start;
    output reg  running;
    output reg  running_slot;
    output reg  check_start;
    output reg  checking;
    output reg  model_ready;
    output reg  [1:0] slot_done;
    output reg  [7:0] last_error;
    output reg  [31:0] runs;
    output reg  [63:0] uptime;
    output reg  [31:0] cycles;
    
    // Constant declarations
    localparam  zero3 = 3'b0;
    localparam  one3 = 3'b1;
    localparam  settle_clocks = 3'b101;
    localparam  zero2 = 2'b0;
    localparam  one2 = 2'b1;
    localparam  two2 = 2'b10;
    localparam  not_one2 = 2'b10;
    localparam  not_two2 = 2'b1;
    localparam  zero8 = 8'h0;
    localparam  zero32 = 32'h0;
    localparam  one32 = 32'h1;
    localparam  zero64 = 64'h0;
    localparam  one64 = 64'h1;
    localparam  code_bad_length = 8'h2;
    
    // Stub signals
    reg  ready$d;
    wire  ready$q;
    reg  ready$clock;
    reg  running_q$d;
    wire  running_q$q;
    reg  running_q$clock;
    reg  running_slot_q$d;
    wire  running_slot_q$q;
    reg  running_slot_q$clock;
    reg  [1:0] done_slots$d;
    wire  [1:0] done_slots$q;
    reg  done_slots$clock;
    reg  [7:0] error_code$d;
    wire  [7:0] error_code$q;
    reg  error_code$clock;
    reg  [31:0] runs_q$d;
    wire  [31:0] runs_q$q;
    reg  runs_q$clock;
    reg  [63:0] uptime_q$d;
    wire  [63:0] uptime_q$q;
    reg  uptime_q$clock;
    reg  [31:0] cycles_q$d;
    wire  [31:0] cycles_q$q;
    reg  cycles_q$clock;
    reg  start_q$d;
    wire  start_q$q;
    reg  start_q$clock;
    reg  [2:0] key_settle$d;
    wire  [2:0] key_settle$q;
    reg  key_settle$clock;
    reg  checking_q$d;
    wire  checking_q$q;
    reg  checking_q$clock;
    reg  check_start_q$d;
    wire  check_start_q$q;
    reg  check_start_q$clock;
    
    // Sub module instances
    top$core$control$ready ready(
        .d(ready$d),
        .q(ready$q),
        .clock(ready$clock)
    );
    top$core$control$running_q running_q(
        .d(running_q$d),
        .q(running_q$q),
        .clock(running_q$clock)
    );
    top$core$control$running_slot_q running_slot_q(
        .d(running_slot_q$d),
        .q(running_slot_q$q),
        .clock(running_slot_q$clock)
    );
    top$core$control$done_slots done_slots(
        .d(done_slots$d),
        .q(done_slots$q),
        .clock(done_slots$clock)
    );
    top$core$control$error_code error_code(
        .d(error_code$d),
        .q(error_code$q),
        .clock(error_code$clock)
    );
    top$core$control$runs_q runs_q(
        .d(runs_q$d),
        .q(runs_q$q),
        .clock(runs_q$clock)
    );
    top$core$control$uptime_q uptime_q(
        .d(uptime_q$d),
        .q(uptime_q$q),
        .clock(uptime_q$clock)
    );
    top$core$control$cycles_q cycles_q(
        .d(cycles_q$d),
        .q(cycles_q$q),
        .clock(cycles_q$clock)
    );
    top$core$control$start_q start_q(
        .d(start_q$d),
        .q(start_q$q),
        .clock(start_q$clock)
    );
    top$core$control$key_settle key_settle(
        .d(key_settle$d),
        .q(key_settle$q),
        .clock(key_settle$clock)
    );
    top$core$control$checking_q checking_q(
        .d(checking_q$d),
        .q(checking_q$q),
        .clock(checking_q$clock)
    );
    top$core$control$check_start_q check_start_q(
        .d(check_start_q$d),
        .q(check_start_q$q),
        .clock(check_start_q$clock)
    );
    
    // Update code
    always @(*) begin
        ready$clock = clock;
        running_q$clock = clock;
        running_slot_q$clock = clock;
        done_slots$clock = clock;
        error_code$clock = clock;
        runs_q$clock = clock;
        uptime_q$clock = clock;
        cycles_q$clock = clock;
        start_q$clock = clock;
        key_settle$clock = clock;
        checking_q$clock = clock;
        check_start_q$clock = clock;
        ready$d = ready$q;
        running_q$d = running_q$q;
        running_slot_q$d = running_slot_q$q;
        done_slots$d = done_slots$q;
        error_code$d = error_code$q;
        runs_q$d = runs_q$q;
        uptime_q$d = uptime_q$q;
        cycles_q$d = cycles_q$q;
        start_q$d = start_q$q;
        key_settle$d = key_settle$q;
        checking_q$d = checking_q$q;
        check_start_q$d = check_start_q$q;
        uptime_q$d = uptime_q$q + one64;
        busy = running_q$q | checking_q$q | (key_settle$q != zero3);
        if (key_settle$q != zero3) begin
            key_settle$d = key_settle$q - one3;
        end
        if (key_changes) begin
            key_settle$d = settle_clocks;
        end
        if (refused) begin
            error_code$d = refuse_code;
        end
        if (key_commit_error) begin
            error_code$d = code_bad_length;
        end
        check_start_q$d = config_commit & ~reset;
        checking_q$d = config_commit | (checking_q$q & ~check_done);
        if (reset) begin
            checking_q$d = 1'b0;
        end
        if (model_changes) begin
            ready$d = 1'b0;
        end
        if (check_done) begin
            ready$d = check_error == zero8;
            if (check_error != zero8) begin
                error_code$d = check_error;
            end
        end
        start_q$d = run;
        if (running_q$q) begin
            cycles_q$d = cycles_q$q + one32;
        end
        if (run) begin
            running_q$d = 1'b1;
            running_slot_q$d = run_slot;
            if (run_slot) begin
                done_slots$d = done_slots$q & not_two2;
            end
            else begin
                done_slots$d = done_slots$q & not_one2;
            end
        end
        if (start_q$q) begin
            cycles_q$d = zero32;
        end
        if (run_done) begin
            running_q$d = 1'b0;
            runs_q$d = runs_q$q + one32;
            if (running_slot_q$q) begin
                done_slots$d = done_slots$q | two2;
            end
            else begin
                done_slots$d = done_slots$q | one2;
            end
        end
        if (reset) begin
            ready$d = 1'b0;
            running_q$d = 1'b0;
            done_slots$d = zero2;
            error_code$d = zero8;
            runs_q$d = zero32;
            uptime_q$d = zero64;
        end
        start = start_q$q;
        running = running_q$q;
        running_slot = running_slot_q$q;
        check_start = check_start_q$q;
        checking = checking_q$q;
        model_ready = ready$q;
        slot_done = done_slots$q;
        last_error = error_code$q;
        runs = runs_q$q;
        uptime = uptime_q$q;
        cycles = cycles_q$q;
    end
    
endmodule // top$core$control


module top$core$control$check_start_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$check_start_q


module top$core$control$checking_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$checking_q


module top$core$control$cycles_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$cycles_q


module top$core$control$done_slots(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$done_slots


module top$core$control$error_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$error_code


module top$core$control$key_settle(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$key_settle


module top$core$control$ready(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$ready


module top$core$control$running_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$running_q


module top$core$control$running_slot_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$running_slot_q


module top$core$control$runs_q(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$runs_q


module top$core$control$start_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$start_q


module top$core$control$uptime_q(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$control$uptime_q


module top$core$decode(clock,reset,write,write_address,write_data,write_status,busy,running,running_slot,model_ready,refused,refuse_code,accepted,weight_byte,input0_byte,input1_byte,config_byte,config_commit,run,model_changes,key_changes,key$write,key$write_data,key$commit,key$clear,key$discard,key$commit_error,key$loaded);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [23:0] write_address;
    input wire  [7:0] write_data;
    output reg  [7:0] write_status;
    input wire  busy;
    input wire  running;
    input wire  running_slot;
    input wire  model_ready;
    output reg  refused;
    output reg  [7:0] refuse_code;
    output reg  accepted;
    output reg  weight_byte;
    output reg  input0_byte;
    output reg  input1_byte;
    output reg  config_byte;
    output reg  config_commit;
    output reg  run;
    output reg  model_changes;
    output reg  key_changes;
    output reg  key$write;
    output reg  [7:0] key$write_data;
    output reg  key$commit;
    output reg  key$clear;
    output reg  key$discard;
    input wire  key$commit_error;
    input wire  key$loaded;
    
    // Constant declarations
    localparam  bypass = 1'b0;
    localparam  weight_kib = 14'b1101;
    localparam  key_region = 8'h82;
    localparam  key_mask = 16'hfff0;
    localparam  key_commit_offset = 16'h10;
    localparam  key_clear_offset = 16'h11;
    localparam  key_discard_offset = 16'h12;
    localparam  config_region = 8'h83;
    localparam  config_bytes = 8'h28;
    localparam  config_commit_offset = 16'h100;
    localparam  input0_region = 8'h84;
    localparam  input1_region = 8'h85;
    localparam  slot_mask = 16'hfc00;
    localparam  run_region = 8'h86;
    localparam  zero8 = 8'h0;
    localparam  one8 = 8'h1;
    localparam  zero16 = 16'h0;
    localparam  code_busy = 8'ha;
    localparam  code_no_key = 8'h4;
    localparam  code_no_model = 8'h5;
    localparam  code_key_loaded = 8'h6;
    localparam  code_bad_address = 8'h7;
    localparam  code_bad_length = 8'h2;
    
    // Stub signals
    reg  [7:0] status_code$d;
    wire  [7:0] status_code$q;
    reg  status_code$clock;
    
    // Local signals
    reg  in_weights;
    reg  in_key;
    reg  in_config;
    reg  in_input0;
    reg  in_input1;
    reg  [7:0] refuse;
    reg  ok;
    reg  [7:0] write_region;
    reg  [15:0] write_offset;
    reg  [13:0] write_kib;
    reg  [7:0] offset_high;
    reg  [7:0] offset_low;
    reg  is_key_commit;
    reg  is_key_clear;
    reg  is_key_discard;
    reg  is_config_commit;
    reg  is_run;
    
    // Sub module instances
    top$core$decode$status_code status_code(
        .d(status_code$d),
        .q(status_code$q),
        .clock(status_code$clock)
    );
    
    // Update code
    always @(*) begin
        status_code$clock = clock;
        status_code$d = status_code$q;
        write_region = write_address[(32'h10)+:(8)];
        write_offset = write_address[(32'h0)+:(16)];
        write_kib = write_address[(32'ha)+:(14)];
        offset_high = write_offset[(32'h8)+:(8)];
        offset_low = write_offset[(32'h0)+:(8)];
        in_weights = write_kib < weight_kib;
        in_key = (write_region == key_region) & ((write_offset & key_mask) == zero16);
        is_key_commit = (write_region == key_region) & (write_offset == key_commit_offset);
        is_key_clear = (write_region == key_region) & (write_offset == key_clear_offset);
        is_key_discard = (write_region == key_region) & (write_offset == key_discard_offset);
        in_config = (write_region == config_region) & (offset_high == zero8) & (offset_low < config_bytes);
        is_config_commit = (write_region == config_region) & (write_offset == config_commit_offset);
        in_input0 = (write_region == input0_region) & ((write_offset & slot_mask) == zero16);
        in_input1 = (write_region == input1_region) & ((write_offset & slot_mask) == zero16);
        is_run = (write_region == run_region) & (write_offset == zero16);
        refuse = code_bad_address;
        if (in_key | is_key_discard) begin
            refuse = zero8;
        end
        if (in_weights | in_config | is_key_clear) begin
            refuse = zero8;
            if (busy) begin
                refuse = code_busy;
            end
        end
        if (is_config_commit) begin
            refuse = zero8;
            if (busy) begin
                refuse = code_busy;
            end
        end
        if (is_key_commit) begin
            refuse = zero8;
            if (busy) begin
                refuse = code_busy;
            end
            else if (key$loaded) begin
                refuse = code_key_loaded;
            end
        end
        if (in_input0) begin
            refuse = zero8;
            if (running & ~running_slot) begin
                refuse = code_busy;
            end
        end
        if (in_input1) begin
            refuse = zero8;
            if (running & running_slot) begin
                refuse = code_busy;
            end
        end
        if (is_run) begin
            refuse = zero8;
            if (busy) begin
                refuse = code_busy;
            end
            else if (~key$loaded & ~bypass) begin
                refuse = code_no_key;
            end
            else if (~model_ready) begin
                refuse = code_no_model;
            end
            else if (write_data > one8) begin
                refuse = code_bad_address;
            end
        end
        ok = refuse == zero8;
        if (write) begin
            status_code$d = refuse;
        end
        if (reset) begin
            status_code$d = zero8;
        end
        write_status = status_code$q;
        if (key$commit_error) begin
            write_status = code_bad_length;
        end
        refused = write & ~ok;
        refuse_code = refuse;
        accepted = write & ok;
        weight_byte = write & in_weights & ok;
        input0_byte = write & in_input0 & ok;
        input1_byte = write & in_input1 & ok;
        config_byte = write & in_config & ok;
        config_commit = write & is_config_commit & ok;
        run = write & is_run & ok;
        model_changes = write & (in_weights | in_config | is_config_commit) & ok;
        key_changes = write & (is_key_commit | is_key_clear) & ok;
        key$write = write & in_key;
        key$write_data = write_data;
        key$commit = write & is_key_commit & ok;
        key$clear = write & is_key_clear & ok;
        key$discard = write & is_key_discard;
    end
    
endmodule // top$core$decode


module top$core$decode$status_code(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$decode$status_code


module top$core$layer_config(clock,checking,registers$select,registers$inputs,registers$outputs,registers$input_offset,registers$output_offset,registers$is_last,checker$select,checker$inputs,checker$outputs,checker$input_offset,checker$output_offset,checker$is_last,pipeline$select,pipeline$inputs,pipeline$outputs,pipeline$input_offset,pipeline$output_offset,pipeline$is_last);
    
    // Module arguments
    input wire  clock;
    input wire  checking;
    output reg  [3:0] registers$select;
    input wire  [15:0] registers$inputs;
    input wire  [15:0] registers$outputs;
    input wire  [15:0] registers$input_offset;
    input wire  [15:0] registers$output_offset;
    input wire  registers$is_last;
    input wire  [3:0] checker$select;
    output reg  [15:0] checker$inputs;
    output reg  [15:0] checker$outputs;
    output reg  [15:0] checker$input_offset;
    output reg  [15:0] checker$output_offset;
    output reg  checker$is_last;
    input wire  [3:0] pipeline$select;
    output reg  [15:0] pipeline$inputs;
    output reg  [15:0] pipeline$outputs;
    output reg  [15:0] pipeline$input_offset;
    output reg  [15:0] pipeline$output_offset;
    output reg  pipeline$is_last;
    
    // Stub signals
    reg  to_checker$d;
    wire  to_checker$q;
    reg  to_checker$clock;
    
    // Sub module instances
    top$core$layer_config$to_checker to_checker(
        .d(to_checker$d),
        .q(to_checker$q),
        .clock(to_checker$clock)
    );
    
    // Update code
    always @(*) begin
        to_checker$clock = clock;
        to_checker$d = to_checker$q;
        to_checker$d = checking;
        registers$select = pipeline$select;
        if (to_checker$q) begin
            registers$select = checker$select;
        end
        checker$inputs = registers$inputs;
        checker$outputs = registers$outputs;
        checker$input_offset = registers$input_offset;
        checker$output_offset = registers$output_offset;
        checker$is_last = registers$is_last;
        pipeline$inputs = registers$inputs;
        pipeline$outputs = registers$outputs;
        pipeline$input_offset = registers$input_offset;
        pipeline$output_offset = registers$output_offset;
        pipeline$is_last = registers$is_last;
    end
    
endmodule // top$core$layer_config


module top$core$layer_config$to_checker(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$layer_config$to_checker


module top$core$mac(clock,reset,beat$valid,beat$ready,beat$weights,beat$lane_mask,beat$row_start,beat$row_end,beat$bias,beat$multiplier,beat$shift,beat$last_layer,activations,row$valid,row$ready,row$acc,row$multiplier,row$shift,row$last_layer,empty);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  beat$valid;
    output reg  beat$ready;
    input wire  [15:0] beat$weights;
    input wire  [1:0] beat$lane_mask;
    input wire  beat$row_start;
    input wire  beat$row_end;
    input wire  [31:0] beat$bias;
    input wire  [15:0] beat$multiplier;
    input wire  [7:0] beat$shift;
    input wire  beat$last_layer;
    input wire  [15:0] activations;
    output reg  row$valid;
    input wire  row$ready;
    output reg  [31:0] row$acc;
    output reg  [15:0] row$multiplier;
    output reg  [7:0] row$shift;
    output reg  row$last_layer;
    output reg  empty;
    
    // Constant declarations
    localparam  sign_extension = 32'hff000000;
    localparam  sum_sign = 24'h800000;
    localparam  zero_sum = 24'h0;
    
    // Stub signals
    reg  lanes$0$clock;
    reg  lanes$0$advance;
    reg  [7:0] lanes$0$weight;
    reg  [7:0] lanes$0$activation;
    reg  lanes$0$lane_enable;
    wire  [23:0] lanes$0$product;
    reg  lanes$1$clock;
    reg  lanes$1$advance;
    reg  [7:0] lanes$1$weight;
    reg  [7:0] lanes$1$activation;
    reg  lanes$1$lane_enable;
    wire  [23:0] lanes$1$product;
    reg  valid1$d;
    wire  valid1$q;
    reg  valid1$clock;
    reg  start1$d;
    wire  start1$q;
    reg  start1$clock;
    reg  end1$d;
    wire  end1$q;
    reg  end1$clock;
    reg  [31:0] bias1$d;
    wire  [31:0] bias1$q;
    reg  bias1$clock;
    reg  [15:0] multiplier1$d;
    wire  [15:0] multiplier1$q;
    reg  multiplier1$clock;
    reg  [7:0] shift1$d;
    wire  [7:0] shift1$q;
    reg  shift1$clock;
    reg  last1$d;
    wire  last1$q;
    reg  last1$clock;
    reg  [23:0] sum2$d;
    wire  [23:0] sum2$q;
    reg  sum2$clock;
    reg  valid2$d;
    wire  valid2$q;
    reg  valid2$clock;
    reg  start2$d;
    wire  start2$q;
    reg  start2$clock;
    reg  end2$d;
    wire  end2$q;
    reg  end2$clock;
    reg  [31:0] bias2$d;
    wire  [31:0] bias2$q;
    reg  bias2$clock;
    reg  [15:0] multiplier2$d;
    wire  [15:0] multiplier2$q;
    reg  multiplier2$clock;
    reg  [7:0] shift2$d;
    wire  [7:0] shift2$q;
    reg  shift2$clock;
    reg  last2$d;
    wire  last2$q;
    reg  last2$clock;
    reg  [31:0] acc$d;
    wire  [31:0] acc$q;
    reg  acc$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [31:0] out_acc$d;
    wire  [31:0] out_acc$q;
    reg  out_acc$clock;
    reg  [15:0] out_multiplier$d;
    wire  [15:0] out_multiplier$q;
    reg  out_multiplier$clock;
    reg  [7:0] out_shift$d;
    wire  [7:0] out_shift$q;
    reg  out_shift$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    
    // Local signals
    reg  advance;
    reg  [23:0] lane_sum;
    reg  [31:0] sum_wide;
    reg  [31:0] base;
    
    // Sub module instances
    top$core$mac$lanes$0 lanes$0(
        .clock(lanes$0$clock),
        .advance(lanes$0$advance),
        .weight(lanes$0$weight),
        .activation(lanes$0$activation),
        .lane_enable(lanes$0$lane_enable),
        .product(lanes$0$product)
    );
    top$core$mac$lanes$1 lanes$1(
        .clock(lanes$1$clock),
        .advance(lanes$1$advance),
        .weight(lanes$1$weight),
        .activation(lanes$1$activation),
        .lane_enable(lanes$1$lane_enable),
        .product(lanes$1$product)
    );
    top$core$mac$valid1 valid1(
        .d(valid1$d),
        .q(valid1$q),
        .clock(valid1$clock)
    );
    top$core$mac$start1 start1(
        .d(start1$d),
        .q(start1$q),
        .clock(start1$clock)
    );
    top$core$mac$end1 end1(
        .d(end1$d),
        .q(end1$q),
        .clock(end1$clock)
    );
    top$core$mac$bias1 bias1(
        .d(bias1$d),
        .q(bias1$q),
        .clock(bias1$clock)
    );
    top$core$mac$multiplier1 multiplier1(
        .d(multiplier1$d),
        .q(multiplier1$q),
        .clock(multiplier1$clock)
    );
    top$core$mac$shift1 shift1(
        .d(shift1$d),
        .q(shift1$q),
        .clock(shift1$clock)
    );
    top$core$mac$last1 last1(
        .d(last1$d),
        .q(last1$q),
        .clock(last1$clock)
    );
    top$core$mac$sum2 sum2(
        .d(sum2$d),
        .q(sum2$q),
        .clock(sum2$clock)
    );
    top$core$mac$valid2 valid2(
        .d(valid2$d),
        .q(valid2$q),
        .clock(valid2$clock)
    );
    top$core$mac$start2 start2(
        .d(start2$d),
        .q(start2$q),
        .clock(start2$clock)
    );
    top$core$mac$end2 end2(
        .d(end2$d),
        .q(end2$q),
        .clock(end2$clock)
    );
    top$core$mac$bias2 bias2(
        .d(bias2$d),
        .q(bias2$q),
        .clock(bias2$clock)
    );
    top$core$mac$multiplier2 multiplier2(
        .d(multiplier2$d),
        .q(multiplier2$q),
        .clock(multiplier2$clock)
    );
    top$core$mac$shift2 shift2(
        .d(shift2$d),
        .q(shift2$q),
        .clock(shift2$clock)
    );
    top$core$mac$last2 last2(
        .d(last2$d),
        .q(last2$q),
        .clock(last2$clock)
    );
    top$core$mac$acc acc(
        .d(acc$d),
        .q(acc$q),
        .clock(acc$clock)
    );
    top$core$mac$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$core$mac$out_acc out_acc(
        .d(out_acc$d),
        .q(out_acc$q),
        .clock(out_acc$clock)
    );
    top$core$mac$out_multiplier out_multiplier(
        .d(out_multiplier$d),
        .q(out_multiplier$q),
        .clock(out_multiplier$clock)
    );
    top$core$mac$out_shift out_shift(
        .d(out_shift$d),
        .q(out_shift$q),
        .clock(out_shift$clock)
    );
    top$core$mac$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    
    // Update code
    always @(*) begin
        valid1$clock = clock;
        start1$clock = clock;
        end1$clock = clock;
        bias1$clock = clock;
        multiplier1$clock = clock;
        shift1$clock = clock;
        last1$clock = clock;
        sum2$clock = clock;
        valid2$clock = clock;
        start2$clock = clock;
        end2$clock = clock;
        bias2$clock = clock;
        multiplier2$clock = clock;
        shift2$clock = clock;
        last2$clock = clock;
        acc$clock = clock;
        out_valid$clock = clock;
        out_acc$clock = clock;
        out_multiplier$clock = clock;
        out_shift$clock = clock;
        out_last$clock = clock;
        valid1$d = valid1$q;
        start1$d = start1$q;
        end1$d = end1$q;
        bias1$d = bias1$q;
        multiplier1$d = multiplier1$q;
        shift1$d = shift1$q;
        last1$d = last1$q;
        sum2$d = sum2$q;
        valid2$d = valid2$q;
        start2$d = start2$q;
        end2$d = end2$q;
        bias2$d = bias2$q;
        multiplier2$d = multiplier2$q;
        shift2$d = shift2$q;
        last2$d = last2$q;
        acc$d = acc$q;
        out_valid$d = out_valid$q;
        out_acc$d = out_acc$q;
        out_multiplier$d = out_multiplier$q;
        out_shift$d = out_shift$q;
        out_last$d = out_last$q;
        advance = ~out_valid$q;
        beat$ready = advance;
        lanes$0$clock = clock;
        lanes$0$advance = advance;
        lanes$0$weight = beat$weights[(32'h8 * 0)+:(8)];
        lanes$0$activation = activations[(32'h8 * 0)+:(8)];
        lanes$0$lane_enable = beat$lane_mask[0] & beat$valid;
        lanes$1$clock = clock;
        lanes$1$advance = advance;
        lanes$1$weight = beat$weights[(32'h8 * 1)+:(8)];
        lanes$1$activation = activations[(32'h8 * 1)+:(8)];
        lanes$1$lane_enable = beat$lane_mask[1] & beat$valid;
        lane_sum = zero_sum;
        lane_sum = lane_sum + lanes$0$product;
        lane_sum = lane_sum + lanes$1$product;
        sum_wide = ((sum2$q) & 32'hffffffff);
        if (|(sum2$q & sum_sign)) begin
            sum_wide = ((sum2$q) & 32'hffffffff) | sign_extension;
        end
        base = acc$q;
        if (start2$q) begin
            base = bias2$q;
        end
        if (out_valid$q & row$ready) begin
            out_valid$d = 1'b0;
        end
        if (advance) begin
            valid1$d = beat$valid;
            start1$d = beat$row_start;
            end1$d = beat$row_end;
            bias1$d = beat$bias;
            multiplier1$d = beat$multiplier;
            shift1$d = beat$shift;
            last1$d = beat$last_layer;
            valid2$d = valid1$q;
            sum2$d = lane_sum;
            start2$d = start1$q;
            end2$d = end1$q;
            bias2$d = bias1$q;
            multiplier2$d = multiplier1$q;
            shift2$d = shift1$q;
            last2$d = last1$q;
            if (valid2$q) begin
                acc$d = base + sum_wide;
                if (end2$q) begin
                    out_valid$d = 1'b1;
                    out_acc$d = base + sum_wide;
                    out_multiplier$d = multiplier2$q;
                    out_shift$d = shift2$q;
                    out_last$d = last2$q;
                end
            end
        end
        if (reset) begin
            valid1$d = 1'b0;
            valid2$d = 1'b0;
            out_valid$d = 1'b0;
        end
        row$valid = out_valid$q;
        row$acc = out_acc$q;
        row$multiplier = out_multiplier$q;
        row$shift = out_shift$q;
        row$last_layer = out_last$q;
        empty = ~(valid1$q | valid2$q | out_valid$q);
    end
    
endmodule // top$core$mac


module top$core$mac$acc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$acc


module top$core$mac$bias1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$bias1


module top$core$mac$bias2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$bias2


module top$core$mac$end1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$end1


module top$core$mac$end2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$end2


module top$core$mac$lanes$0(clock,advance,weight,activation,lane_enable,product);
    
    // Module arguments
    input wire  clock;
    input wire  advance;
    input wire  [7:0] weight;
    input wire  [7:0] activation;
    input wire  lane_enable;
    output reg  [23:0] product;
    
    // Update code (custom)
    wire signed [16:0] full = $signed(weight) * $signed({1'b0, activation});
    always @(posedge clock) begin
        if (advance) product <= lane_enable ? {{7{full[16]}}, full} : 24'd0;
    end
endmodule // top$core$mac$lanes$0


module top$core$mac$lanes$1(clock,advance,weight,activation,lane_enable,product);
    
    // Module arguments
    input wire  clock;
    input wire  advance;
    input wire  [7:0] weight;
    input wire  [7:0] activation;
    input wire  lane_enable;
    output reg  [23:0] product;
    
    // Update code (custom)
    wire signed [16:0] full = $signed(weight) * $signed({1'b0, activation});
    always @(posedge clock) begin
        if (advance) product <= lane_enable ? {{7{full[16]}}, full} : 24'd0;
    end
endmodule // top$core$mac$lanes$1


module top$core$mac$last1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$last1


module top$core$mac$last2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$last2


module top$core$mac$multiplier1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$multiplier1


module top$core$mac$multiplier2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$multiplier2


module top$core$mac$out_acc(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_acc


module top$core$mac$out_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_last


module top$core$mac$out_multiplier(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_multiplier


module top$core$mac$out_shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_shift


module top$core$mac$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$out_valid


module top$core$mac$shift1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$shift1


module top$core$mac$shift2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$shift2


module top$core$mac$start1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$start1


module top$core$mac$start2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$start2


module top$core$mac$sum2(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$sum2


module top$core$mac$valid1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$valid1


module top$core$mac$valid2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$mac$valid2


module top$core$model_config(clock,reset,write,write_data,layer$select,layer$inputs,layer$outputs,layer$input_offset,layer$output_offset,layer$is_last,layer_count,payload_len,payload_crc,lock_mode_ok,hardened,nonce_word0,nonce_word1,nonce_word2);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  write;
    input wire  [7:0] write_data;
    input wire  [3:0] layer$select;
    output reg  [15:0] layer$inputs;
    output reg  [15:0] layer$outputs;
    output reg  [15:0] layer$input_offset;
    output reg  [15:0] layer$output_offset;
    output reg  layer$is_last;
    output reg  [3:0] layer_count;
    output reg  [31:0] payload_len;
    output reg  [31:0] payload_crc;
    output reg  lock_mode_ok;
    output reg  hardened;
    output reg  [31:0] nonce_word0;
    output reg  [31:0] nonce_word1;
    output reg  [31:0] nonce_word2;
    
    // Constant declarations
    localparam  has_paper = 1'b1;
    localparam  has_hardened = 1'b0;
    localparam  paper_code = 16'h1;
    localparam  hardened_code = 16'h2;
    localparam  layer_index$0 = 4'h0;
    localparam  layer_index$1 = 4'h1;
    localparam  layer_index$2 = 4'h2;
    localparam  layer_index$3 = 4'h3;
    localparam  zero16 = 16'h0;
    localparam  one4 = 4'h1;
    localparam  shift8 = 8'h8;
    localparam  shift16 = 8'h10;
    localparam  max_layers = 4'h4;
    
    // Stub signals
    reg  [15:0] halves$0$d;
    wire  [15:0] halves$0$q;
    reg  halves$0$clock;
    reg  [15:0] halves$1$d;
    wire  [15:0] halves$1$q;
    reg  halves$1$clock;
    reg  [15:0] halves$2$d;
    wire  [15:0] halves$2$q;
    reg  halves$2$clock;
    reg  [15:0] halves$3$d;
    wire  [15:0] halves$3$q;
    reg  halves$3$clock;
    reg  [15:0] halves$4$d;
    wire  [15:0] halves$4$q;
    reg  halves$4$clock;
    reg  [15:0] halves$5$d;
    wire  [15:0] halves$5$q;
    reg  halves$5$clock;
    reg  [15:0] halves$6$d;
    wire  [15:0] halves$6$q;
    reg  halves$6$clock;
    reg  [15:0] halves$7$d;
    wire  [15:0] halves$7$q;
    reg  halves$7$clock;
    reg  [15:0] halves$8$d;
    wire  [15:0] halves$8$q;
    reg  halves$8$clock;
    reg  [15:0] halves$9$d;
    wire  [15:0] halves$9$q;
    reg  halves$9$clock;
    reg  [15:0] halves$10$d;
    wire  [15:0] halves$10$q;
    reg  halves$10$clock;
    reg  [15:0] halves$11$d;
    wire  [15:0] halves$11$q;
    reg  halves$11$clock;
    reg  [15:0] halves$12$d;
    wire  [15:0] halves$12$q;
    reg  halves$12$clock;
    reg  [15:0] halves$13$d;
    wire  [15:0] halves$13$q;
    reg  halves$13$clock;
    reg  [15:0] halves$14$d;
    wire  [15:0] halves$14$q;
    reg  halves$14$clock;
    reg  [15:0] halves$15$d;
    wire  [15:0] halves$15$q;
    reg  halves$15$clock;
    reg  [15:0] halves$16$d;
    wire  [15:0] halves$16$q;
    reg  halves$16$clock;
    reg  [15:0] halves$17$d;
    wire  [15:0] halves$17$q;
    reg  halves$17$clock;
    reg  [15:0] halves$18$d;
    wire  [15:0] halves$18$q;
    reg  halves$18$clock;
    reg  [15:0] halves$19$d;
    wire  [15:0] halves$19$q;
    reg  halves$19$clock;
    
    // Local signals
    reg  [15:0] shift_in$0;
    reg  [15:0] shift_in$1;
    reg  [15:0] shift_in$2;
    reg  [15:0] shift_in$3;
    reg  [15:0] shift_in$4;
    reg  [15:0] shift_in$5;
    reg  [15:0] shift_in$6;
    reg  [15:0] shift_in$7;
    reg  [15:0] shift_in$8;
    reg  [15:0] shift_in$9;
    reg  [15:0] shift_in$10;
    reg  [15:0] shift_in$11;
    reg  [15:0] shift_in$12;
    reg  [15:0] shift_in$13;
    reg  [15:0] shift_in$14;
    reg  [15:0] shift_in$15;
    reg  [15:0] shift_in$16;
    reg  [15:0] shift_in$17;
    reg  [15:0] shift_in$18;
    reg  [15:0] shift_in$19;
    reg  [15:0] mode_half;
    reg  [15:0] reserved_half;
    reg  [15:0] nonce_halves$0;
    reg  [15:0] nonce_halves$1;
    reg  [15:0] nonce_halves$2;
    reg  [15:0] nonce_halves$3;
    reg  [15:0] nonce_halves$4;
    reg  [15:0] nonce_halves$5;
    reg  [15:0] data_high;
    reg  table_ended;
    
    // Sub module instances
    top$core$model_config$halves$0 halves$0(
        .d(halves$0$d),
        .q(halves$0$q),
        .clock(halves$0$clock)
    );
    top$core$model_config$halves$1 halves$1(
        .d(halves$1$d),
        .q(halves$1$q),
        .clock(halves$1$clock)
    );
    top$core$model_config$halves$2 halves$2(
        .d(halves$2$d),
        .q(halves$2$q),
        .clock(halves$2$clock)
    );
    top$core$model_config$halves$3 halves$3(
        .d(halves$3$d),
        .q(halves$3$q),
        .clock(halves$3$clock)
    );
    top$core$model_config$halves$4 halves$4(
        .d(halves$4$d),
        .q(halves$4$q),
        .clock(halves$4$clock)
    );
    top$core$model_config$halves$5 halves$5(
        .d(halves$5$d),
        .q(halves$5$q),
        .clock(halves$5$clock)
    );
    top$core$model_config$halves$6 halves$6(
        .d(halves$6$d),
        .q(halves$6$q),
        .clock(halves$6$clock)
    );
    top$core$model_config$halves$7 halves$7(
        .d(halves$7$d),
        .q(halves$7$q),
        .clock(halves$7$clock)
    );
    top$core$model_config$halves$8 halves$8(
        .d(halves$8$d),
        .q(halves$8$q),
        .clock(halves$8$clock)
    );
    top$core$model_config$halves$9 halves$9(
        .d(halves$9$d),
        .q(halves$9$q),
        .clock(halves$9$clock)
    );
    top$core$model_config$halves$10 halves$10(
        .d(halves$10$d),
        .q(halves$10$q),
        .clock(halves$10$clock)
    );
    top$core$model_config$halves$11 halves$11(
        .d(halves$11$d),
        .q(halves$11$q),
        .clock(halves$11$clock)
    );
    top$core$model_config$halves$12 halves$12(
        .d(halves$12$d),
        .q(halves$12$q),
        .clock(halves$12$clock)
    );
    top$core$model_config$halves$13 halves$13(
        .d(halves$13$d),
        .q(halves$13$q),
        .clock(halves$13$clock)
    );
    top$core$model_config$halves$14 halves$14(
        .d(halves$14$d),
        .q(halves$14$q),
        .clock(halves$14$clock)
    );
    top$core$model_config$halves$15 halves$15(
        .d(halves$15$d),
        .q(halves$15$q),
        .clock(halves$15$clock)
    );
    top$core$model_config$halves$16 halves$16(
        .d(halves$16$d),
        .q(halves$16$q),
        .clock(halves$16$clock)
    );
    top$core$model_config$halves$17 halves$17(
        .d(halves$17$d),
        .q(halves$17$q),
        .clock(halves$17$clock)
    );
    top$core$model_config$halves$18 halves$18(
        .d(halves$18$d),
        .q(halves$18$q),
        .clock(halves$18$clock)
    );
    top$core$model_config$halves$19 halves$19(
        .d(halves$19$d),
        .q(halves$19$q),
        .clock(halves$19$clock)
    );
    
    // Update code
    always @(*) begin
        data_high = ((write_data) & 16'hffff) << shift8;
        halves$0$clock = clock;
        halves$0$d = halves$0$q;
        if (reset) begin
            halves$0$d = zero16;
        end
        halves$1$clock = clock;
        halves$1$d = halves$1$q;
        if (reset) begin
            halves$1$d = zero16;
        end
        halves$2$clock = clock;
        halves$2$d = halves$2$q;
        if (reset) begin
            halves$2$d = zero16;
        end
        halves$3$clock = clock;
        halves$3$d = halves$3$q;
        if (reset) begin
            halves$3$d = zero16;
        end
        halves$4$clock = clock;
        halves$4$d = halves$4$q;
        if (reset) begin
            halves$4$d = zero16;
        end
        halves$5$clock = clock;
        halves$5$d = halves$5$q;
        if (reset) begin
            halves$5$d = zero16;
        end
        halves$6$clock = clock;
        halves$6$d = halves$6$q;
        if (reset) begin
            halves$6$d = zero16;
        end
        halves$7$clock = clock;
        halves$7$d = halves$7$q;
        if (reset) begin
            halves$7$d = zero16;
        end
        halves$8$clock = clock;
        halves$8$d = halves$8$q;
        if (reset) begin
            halves$8$d = zero16;
        end
        halves$9$clock = clock;
        halves$9$d = halves$9$q;
        if (reset) begin
            halves$9$d = zero16;
        end
        halves$10$clock = clock;
        halves$10$d = halves$10$q;
        if (reset) begin
            halves$10$d = zero16;
        end
        halves$11$clock = clock;
        halves$11$d = halves$11$q;
        if (reset) begin
            halves$11$d = zero16;
        end
        halves$12$clock = clock;
        halves$12$d = halves$12$q;
        if (reset) begin
            halves$12$d = zero16;
        end
        halves$13$clock = clock;
        halves$13$d = halves$13$q;
        if (reset) begin
            halves$13$d = zero16;
        end
        halves$14$clock = clock;
        halves$14$d = halves$14$q;
        if (reset) begin
            halves$14$d = zero16;
        end
        halves$15$clock = clock;
        halves$15$d = halves$15$q;
        if (reset) begin
            halves$15$d = zero16;
        end
        halves$16$clock = clock;
        halves$16$d = halves$16$q;
        if (reset) begin
            halves$16$d = zero16;
        end
        halves$17$clock = clock;
        halves$17$d = halves$17$q;
        if (reset) begin
            halves$17$d = zero16;
        end
        halves$18$clock = clock;
        halves$18$d = halves$18$q;
        if (reset) begin
            halves$18$d = zero16;
        end
        halves$19$clock = clock;
        halves$19$d = halves$19$q;
        if (reset) begin
            halves$19$d = zero16;
        end
        shift_in$0 = halves$1$q << shift8;
        shift_in$1 = halves$2$q << shift8;
        shift_in$2 = halves$3$q << shift8;
        shift_in$3 = halves$4$q << shift8;
        shift_in$4 = halves$5$q << shift8;
        shift_in$5 = halves$6$q << shift8;
        shift_in$6 = halves$7$q << shift8;
        shift_in$7 = halves$8$q << shift8;
        shift_in$8 = halves$9$q << shift8;
        shift_in$9 = halves$10$q << shift8;
        shift_in$10 = halves$11$q << shift8;
        shift_in$11 = halves$12$q << shift8;
        shift_in$12 = halves$13$q << shift8;
        shift_in$13 = halves$14$q << shift8;
        shift_in$14 = halves$15$q << shift8;
        shift_in$15 = halves$16$q << shift8;
        shift_in$16 = halves$17$q << shift8;
        shift_in$17 = halves$18$q << shift8;
        shift_in$18 = halves$19$q << shift8;
        shift_in$19 = data_high;
        if (write & ~reset) begin
            halves$0$d = (halves$0$q >> shift8) | shift_in$0;
            halves$1$d = (halves$1$q >> shift8) | shift_in$1;
            halves$2$d = (halves$2$q >> shift8) | shift_in$2;
            halves$3$d = (halves$3$q >> shift8) | shift_in$3;
            halves$4$d = (halves$4$q >> shift8) | shift_in$4;
            halves$5$d = (halves$5$q >> shift8) | shift_in$5;
            halves$6$d = (halves$6$q >> shift8) | shift_in$6;
            halves$7$d = (halves$7$q >> shift8) | shift_in$7;
            halves$8$d = (halves$8$q >> shift8) | shift_in$8;
            halves$9$d = (halves$9$q >> shift8) | shift_in$9;
            halves$10$d = (halves$10$q >> shift8) | shift_in$10;
            halves$11$d = (halves$11$q >> shift8) | shift_in$11;
            halves$12$d = (halves$12$q >> shift8) | shift_in$12;
            halves$13$d = (halves$13$q >> shift8) | shift_in$13;
            halves$14$d = (halves$14$q >> shift8) | shift_in$14;
            halves$15$d = (halves$15$q >> shift8) | shift_in$15;
            halves$16$d = (halves$16$q >> shift8) | shift_in$16;
            halves$17$d = (halves$17$q >> shift8) | shift_in$17;
            halves$18$d = (halves$18$q >> shift8) | shift_in$18;
            halves$19$d = (halves$19$q >> shift8) | shift_in$19;
        end
        payload_len = ((halves$0$q) & 32'hffffffff) | (((halves$1$q) & 32'hffffffff) << shift16);
        payload_crc = ((halves$2$q) & 32'hffffffff) | (((halves$3$q) & 32'hffffffff) << shift16);
        layer$inputs = zero16;
        layer$outputs = zero16;
        layer$input_offset = zero16;
        layer$output_offset = zero16;
        if (layer$select == layer_index$0) begin
            layer$inputs = halves$4$q;
            layer$outputs = halves$5$q;
            layer$input_offset = halves$6$q;
            layer$output_offset = halves$7$q;
        end
        if (layer$select == layer_index$1) begin
            layer$inputs = halves$8$q;
            layer$outputs = halves$9$q;
            layer$input_offset = halves$10$q;
            layer$output_offset = halves$11$q;
        end
        if (layer$select == layer_index$2) begin
            layer$inputs = halves$12$q;
            layer$outputs = halves$13$q;
            layer$input_offset = halves$14$q;
            layer$output_offset = halves$15$q;
        end
        if (layer$select == layer_index$3) begin
            layer$inputs = halves$16$q;
            layer$outputs = halves$17$q;
            layer$input_offset = halves$18$q;
            layer$output_offset = halves$19$q;
        end
        layer_count = max_layers;
        table_ended = 1'b0;
        if (~table_ended & (halves$4$q == zero16)) begin
            layer_count = layer_index$0;
            table_ended = 1'b1;
        end
        if (~table_ended & (halves$8$q == zero16)) begin
            layer_count = layer_index$1;
            table_ended = 1'b1;
        end
        if (~table_ended & (halves$12$q == zero16)) begin
            layer_count = layer_index$2;
            table_ended = 1'b1;
        end
        if (~table_ended & (halves$16$q == zero16)) begin
            layer_count = layer_index$3;
            table_ended = 1'b1;
        end
        layer$is_last = layer$select + one4 == layer_count;
        mode_half = paper_code;
        reserved_half = zero16;
        nonce_halves$0 = zero16;
        nonce_halves$1 = zero16;
        nonce_halves$2 = zero16;
        nonce_halves$3 = zero16;
        nonce_halves$4 = zero16;
        nonce_halves$5 = zero16;
        hardened = mode_half == hardened_code;
        lock_mode_ok = ((has_paper & (mode_half == paper_code)) | (has_hardened & (mode_half == hardened_code))) & (reserved_half == zero16);
        nonce_word0 = ((nonce_halves$0) & 32'hffffffff) | (((nonce_halves$1) & 32'hffffffff) << shift16);
        nonce_word1 = ((nonce_halves$2) & 32'hffffffff) | (((nonce_halves$3) & 32'hffffffff) << shift16);
        nonce_word2 = ((nonce_halves$4) & 32'hffffffff) | (((nonce_halves$5) & 32'hffffffff) << shift16);
    end
    
endmodule // top$core$model_config


module top$core$model_config$halves$0(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$0


module top$core$model_config$halves$1(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$1


module top$core$model_config$halves$10(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$10


module top$core$model_config$halves$11(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$11


module top$core$model_config$halves$12(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$12


module top$core$model_config$halves$13(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$13


module top$core$model_config$halves$14(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$14


module top$core$model_config$halves$15(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$15


module top$core$model_config$halves$16(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$16


module top$core$model_config$halves$17(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$17


module top$core$model_config$halves$18(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$18


module top$core$model_config$halves$19(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$19


module top$core$model_config$halves$2(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$2


module top$core$model_config$halves$3(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$3


module top$core$model_config$halves$4(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$4


module top$core$model_config$halves$5(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$5


module top$core$model_config$halves$6(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$6


module top$core$model_config$halves$7(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$7


module top$core$model_config$halves$8(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$8


module top$core$model_config$halves$9(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$model_config$halves$9


module top$core$outputs(clock,reset,start,row$valid,row$ready,row$acc,row$multiplier,row$shift,row$last_layer,layer_outputs,layer_output_offset,act_write_enable,act_write_address,act_write_data,result_write_enable,result_write_address,result_write_data,finish,cycles,idle,done);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  row$valid;
    output reg  row$ready;
    input wire  [31:0] row$acc;
    input wire  [15:0] row$multiplier;
    input wire  [7:0] row$shift;
    input wire  row$last_layer;
    input wire  [15:0] layer_outputs;
    input wire  [15:0] layer_output_offset;
    output reg  act_write_enable;
    output reg  [8:0] act_write_address;
    output reg  [15:0] act_write_data;
    output reg  result_write_enable;
    output reg  [9:0] result_write_address;
    output reg  [7:0] result_write_data;
    input wire  finish;
    input wire  [31:0] cycles;
    output reg  idle;
    output reg  done;
    
    // Constant declarations
    localparam  lanes_less_one = 4'h1;
    localparam  lane_shift = 8'h1;
    localparam  top_byte_shift = 8'h8;
    localparam  seven = 16'h7;
    localparam  not_seven = 16'hfff8;
    localparam  eight = 16'h8;
    localparam  sign32 = 32'h80000000;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  four = 4'h4;
    localparam  eight4 = 4'h8;
    localparam  zero8 = 8'h0;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  one_address = 9'b1;
    localparam  one_offset = 10'b1;
    localparam  zero_offset = 10'b0;
    localparam  byte_shift = 8'h8;
    localparam  two = 8'h2;
    localparam  shift16 = 8'h10;
    localparam  shift32 = 8'h20;
    
    // Stub signals
    reg  requantizer$clock;
    reg  requantizer$reset;
    reg  requantizer$start;
    reg  [31:0] requantizer$acc;
    reg  [15:0] requantizer$multiplier;
    reg  [7:0] requantizer$shift;
    wire  requantizer$busy;
    wire  requantizer$done;
    wire  [7:0] requantizer$result;
    reg  [15:0] appended$d;
    wire  [15:0] appended$q;
    reg  appended$clock;
    reg  [15:0] pack$d;
    wire  [15:0] pack$q;
    reg  pack$clock;
    reg  [3:0] byte_in_word$d;
    wire  [3:0] byte_in_word$q;
    reg  byte_in_word$clock;
    reg  [8:0] word_address$d;
    wire  [8:0] word_address$q;
    reg  word_address$clock;
    reg  flushing$d;
    wire  flushing$q;
    reg  flushing$clock;
    reg  [15:0] logits$d;
    wire  [15:0] logits$q;
    reg  logits$clock;
    reg  [31:0] best$d;
    wire  [31:0] best$q;
    reg  best$clock;
    reg  [15:0] best_index$d;
    wire  [15:0] best_index$q;
    reg  best_index$clock;
    reg  [63:0] serial$d;
    wire  [63:0] serial$q;
    reg  serial$clock;
    reg  [3:0] serial_left$d;
    wire  [3:0] serial_left$q;
    reg  serial_left$clock;
    reg  [9:0] serial_address$d;
    wire  [9:0] serial_address$q;
    reg  serial_address$clock;
    reg  writing_header$d;
    wire  writing_header$q;
    reg  writing_header$clock;
    reg  done_pulse$d;
    wire  done_pulse$q;
    reg  done_pulse$clock;
    reg  [15:0] outputs_q$d;
    wire  [15:0] outputs_q$q;
    reg  outputs_q$clock;
    reg  [15:0] padded_outputs$d;
    wire  [15:0] padded_outputs$q;
    reg  padded_outputs$clock;
    reg  [15:0] first_word_wide$d;
    wire  [15:0] first_word_wide$q;
    reg  first_word_wide$clock;
    
    // Local signals
    reg  take;
    reg  append;
    reg  [7:0] append_byte;
    reg  [15:0] packed_word;
    reg  [15:0] logit_offset_wide;
    reg  [63:0] header_word;
    
    // Sub module instances
    top$core$outputs$requantizer requantizer(
        .clock(requantizer$clock),
        .reset(requantizer$reset),
        .start(requantizer$start),
        .acc(requantizer$acc),
        .multiplier(requantizer$multiplier),
        .shift(requantizer$shift),
        .busy(requantizer$busy),
        .done(requantizer$done),
        .result(requantizer$result)
    );
    top$core$outputs$appended appended(
        .d(appended$d),
        .q(appended$q),
        .clock(appended$clock)
    );
    top$core$outputs$pack pack(
        .d(pack$d),
        .q(pack$q),
        .clock(pack$clock)
    );
    top$core$outputs$byte_in_word byte_in_word(
        .d(byte_in_word$d),
        .q(byte_in_word$q),
        .clock(byte_in_word$clock)
    );
    top$core$outputs$word_address word_address(
        .d(word_address$d),
        .q(word_address$q),
        .clock(word_address$clock)
    );
    top$core$outputs$flushing flushing(
        .d(flushing$d),
        .q(flushing$q),
        .clock(flushing$clock)
    );
    top$core$outputs$logits logits(
        .d(logits$d),
        .q(logits$q),
        .clock(logits$clock)
    );
    top$core$outputs$best best(
        .d(best$d),
        .q(best$q),
        .clock(best$clock)
    );
    top$core$outputs$best_index best_index(
        .d(best_index$d),
        .q(best_index$q),
        .clock(best_index$clock)
    );
    top$core$outputs$serial serial(
        .d(serial$d),
        .q(serial$q),
        .clock(serial$clock)
    );
    top$core$outputs$serial_left serial_left(
        .d(serial_left$d),
        .q(serial_left$q),
        .clock(serial_left$clock)
    );
    top$core$outputs$serial_address serial_address(
        .d(serial_address$d),
        .q(serial_address$q),
        .clock(serial_address$clock)
    );
    top$core$outputs$writing_header writing_header(
        .d(writing_header$d),
        .q(writing_header$q),
        .clock(writing_header$clock)
    );
    top$core$outputs$done_pulse done_pulse(
        .d(done_pulse$d),
        .q(done_pulse$q),
        .clock(done_pulse$clock)
    );
    top$core$outputs$outputs_q outputs_q(
        .d(outputs_q$d),
        .q(outputs_q$q),
        .clock(outputs_q$clock)
    );
    top$core$outputs$padded_outputs padded_outputs(
        .d(padded_outputs$d),
        .q(padded_outputs$q),
        .clock(padded_outputs$clock)
    );
    top$core$outputs$first_word_wide first_word_wide(
        .d(first_word_wide$d),
        .q(first_word_wide$q),
        .clock(first_word_wide$clock)
    );
    
    // Update code
    always @(*) begin
        appended$clock = clock;
        pack$clock = clock;
        byte_in_word$clock = clock;
        word_address$clock = clock;
        flushing$clock = clock;
        logits$clock = clock;
        best$clock = clock;
        best_index$clock = clock;
        serial$clock = clock;
        serial_left$clock = clock;
        serial_address$clock = clock;
        writing_header$clock = clock;
        done_pulse$clock = clock;
        outputs_q$clock = clock;
        padded_outputs$clock = clock;
        first_word_wide$clock = clock;
        appended$d = appended$q;
        pack$d = pack$q;
        byte_in_word$d = byte_in_word$q;
        word_address$d = word_address$q;
        flushing$d = flushing$q;
        logits$d = logits$q;
        best$d = best$q;
        best_index$d = best_index$q;
        serial$d = serial$q;
        serial_left$d = serial_left$q;
        serial_address$d = serial_address$q;
        writing_header$d = writing_header$q;
        done_pulse$d = done_pulse$q;
        outputs_q$d = outputs_q$q;
        padded_outputs$d = padded_outputs$q;
        first_word_wide$d = first_word_wide$q;
        requantizer$clock = clock;
        requantizer$reset = reset;
        requantizer$start = 1'b0;
        requantizer$acc = row$acc;
        requantizer$multiplier = row$multiplier;
        requantizer$shift = row$shift;
        done_pulse$d = 1'b0;
        act_write_enable = 1'b0;
        result_write_enable = 1'b0;
        idle = ~requantizer$busy & ~requantizer$done & ~flushing$q & (serial_left$q == zero4);
        row$ready = idle;
        take = row$valid & row$ready;
        logit_offset_wide = (logits$q << two) + eight;
        if (take) begin
            if (row$last_layer) begin
                serial$d = ((row$acc) & 64'hffffffffffffffff);
                serial_left$d = four;
                serial_address$d = logit_offset_wide[(32'h0)+:(10)];
                if ((logits$q == zero16) | ((row$acc ^ sign32) > (best$q ^ sign32))) begin
                    best$d = row$acc;
                    best_index$d = logits$q;
                end
                logits$d = logits$q + one16;
            end
            else begin
                requantizer$start = 1'b1;
            end
        end
        outputs_q$d = layer_outputs;
        padded_outputs$d = (layer_outputs + seven) & not_seven;
        append = requantizer$done | flushing$q;
        append_byte = zero8;
        if (requantizer$done) begin
            append_byte = requantizer$result;
        end
        packed_word = (pack$q >> byte_shift) | (((append_byte) & 16'hffff) << top_byte_shift);
        first_word_wide$d = layer_output_offset >> lane_shift;
        act_write_data = packed_word;
        act_write_address = word_address$q;
        if (appended$q == zero16) begin
            act_write_address = first_word_wide$q[(32'h0)+:(9)];
        end
        if (append) begin
            pack$d = packed_word;
            appended$d = appended$q + one16;
            byte_in_word$d = byte_in_word$q + one4;
            word_address$d = act_write_address;
            if (byte_in_word$q == lanes_less_one) begin
                act_write_enable = 1'b1;
                byte_in_word$d = zero4;
                word_address$d = act_write_address + one_address;
            end
            if (appended$q + one16 == outputs_q$q) begin
                flushing$d = 1'b1;
            end
            if (appended$q + one16 == padded_outputs$q) begin
                flushing$d = 1'b0;
                appended$d = zero16;
                byte_in_word$d = zero4;
            end
        end
        result_write_address = serial_address$q;
        result_write_data = serial$q[(32'h0)+:(8)];
        if (serial_left$q != zero4) begin
            result_write_enable = 1'b1;
            serial$d = serial$q >> byte_shift;
            serial_address$d = serial_address$q + one_offset;
            serial_left$d = serial_left$q - one4;
            if ((serial_left$q == one4) & writing_header$q) begin
                writing_header$d = 1'b0;
                done_pulse$d = 1'b1;
            end
        end
        header_word = ((logits$q) & 64'hffffffffffffffff) | (((best_index$q) & 64'hffffffffffffffff) << shift16) | (((cycles) & 64'hffffffffffffffff) << shift32);
        if (finish) begin
            serial$d = header_word;
            serial_left$d = eight4;
            serial_address$d = zero_offset;
            writing_header$d = 1'b1;
        end
        if (start) begin
            logits$d = zero16;
            appended$d = zero16;
            byte_in_word$d = zero4;
            flushing$d = 1'b0;
        end
        if (reset) begin
            serial_left$d = zero4;
            writing_header$d = 1'b0;
            flushing$d = 1'b0;
            appended$d = zero16;
            byte_in_word$d = zero4;
        end
        done = done_pulse$q;
    end
    
endmodule // top$core$outputs


module top$core$outputs$appended(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$appended


module top$core$outputs$best(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$best


module top$core$outputs$best_index(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$best_index


module top$core$outputs$byte_in_word(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$byte_in_word


module top$core$outputs$done_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$done_pulse


module top$core$outputs$first_word_wide(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$first_word_wide


module top$core$outputs$flushing(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$flushing


module top$core$outputs$logits(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$logits


module top$core$outputs$outputs_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$outputs_q


module top$core$outputs$pack(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$pack


module top$core$outputs$padded_outputs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$padded_outputs


module top$core$outputs$requantizer(clock,reset,start,acc,multiplier,shift,busy,done,result);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [31:0] acc;
    input wire  [15:0] multiplier;
    input wire  [7:0] shift;
    output reg  busy;
    output reg  done;
    output reg  [7:0] result;
    
    // Constant declarations
    localparam  sign_extension = 50'h3ffff00000000;
    localparam  top_bit = 50'h2000000000000;
    localparam  max_shift = 8'h2f;
    localparam  zero8 = 8'h0;
    localparam  one8 = 8'h1;
    localparam  all_ones8 = 8'hff;
    localparam  zero6 = 6'b0;
    localparam  one6 = 6'b1;
    localparam  multiply_clocks = 6'b10000;
    localparam  shift_clocks = 6'b110000;
    localparam  zero50 = 50'h0;
    localparam  one50 = 50'h1;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Multiply = 1;
    localparam Phase$Shift = 2;
    localparam Phase$Round = 3;
    localparam Phase$Finish = 4;
    
    // Stub signals
    reg  [2:0] phase$d;
    wire  [2:0] phase$q;
    reg  phase$clock;
    reg  [49:0] product$d;
    wire  [49:0] product$q;
    reg  product$clock;
    reg  [49:0] addend$d;
    wire  [49:0] addend$q;
    reg  addend$clock;
    reg  [15:0] multiplier_left$d;
    wire  [15:0] multiplier_left$q;
    reg  multiplier_left$clock;
    reg  [5:0] shifts_left$d;
    wire  [5:0] shifts_left$q;
    reg  shifts_left$clock;
    reg  [5:0] clocks_left$d;
    wire  [5:0] clocks_left$q;
    reg  clocks_left$clock;
    reg  no_shift$d;
    wire  no_shift$q;
    reg  no_shift$clock;
    reg  too_far$d;
    wire  too_far$q;
    reg  too_far$clock;
    reg  [7:0] result_held$d;
    wire  [7:0] result_held$q;
    reg  result_held$clock;
    reg  done_pulse$d;
    wire  done_pulse$q;
    reg  done_pulse$clock;
    
    // Local signals
    reg  [49:0] halved;
    reg  [49:0] incremented;
    reg  [49:0] rounded;
    reg  [7:0] shift_less_one_wide;
    
    // Sub module instances
    top$core$outputs$requantizer$phase phase(
        .d(phase$d),
        .q(phase$q),
        .clock(phase$clock)
    );
    top$core$outputs$requantizer$product product(
        .d(product$d),
        .q(product$q),
        .clock(product$clock)
    );
    top$core$outputs$requantizer$addend addend(
        .d(addend$d),
        .q(addend$q),
        .clock(addend$clock)
    );
    top$core$outputs$requantizer$multiplier_left multiplier_left(
        .d(multiplier_left$d),
        .q(multiplier_left$q),
        .clock(multiplier_left$clock)
    );
    top$core$outputs$requantizer$shifts_left shifts_left(
        .d(shifts_left$d),
        .q(shifts_left$q),
        .clock(shifts_left$clock)
    );
    top$core$outputs$requantizer$clocks_left clocks_left(
        .d(clocks_left$d),
        .q(clocks_left$q),
        .clock(clocks_left$clock)
    );
    top$core$outputs$requantizer$no_shift no_shift(
        .d(no_shift$d),
        .q(no_shift$q),
        .clock(no_shift$clock)
    );
    top$core$outputs$requantizer$too_far too_far(
        .d(too_far$d),
        .q(too_far$q),
        .clock(too_far$clock)
    );
    top$core$outputs$requantizer$result_held result_held(
        .d(result_held$d),
        .q(result_held$q),
        .clock(result_held$clock)
    );
    top$core$outputs$requantizer$done_pulse done_pulse(
        .d(done_pulse$d),
        .q(done_pulse$q),
        .clock(done_pulse$clock)
    );
    
    // Update code
    always @(*) begin
        phase$clock = clock;
        product$clock = clock;
        addend$clock = clock;
        multiplier_left$clock = clock;
        shifts_left$clock = clock;
        clocks_left$clock = clock;
        no_shift$clock = clock;
        too_far$clock = clock;
        result_held$clock = clock;
        done_pulse$clock = clock;
        phase$d = phase$q;
        product$d = product$q;
        addend$d = addend$q;
        multiplier_left$d = multiplier_left$q;
        shifts_left$d = shifts_left$q;
        clocks_left$d = clocks_left$q;
        no_shift$d = no_shift$q;
        too_far$d = too_far$q;
        result_held$d = result_held$q;
        done_pulse$d = done_pulse$q;
        done_pulse$d = 1'b0;
        halved = product$q >> one8;
        if (product$q[32'h31]) begin
            halved = (product$q >> one8) | top_bit;
        end
        incremented = product$q + one50;
        rounded = incremented >> one8;
        if (incremented[32'h31]) begin
            rounded = (incremented >> one8) | top_bit;
        end
        if (no_shift$q) begin
            rounded = product$q;
        end
        shift_less_one_wide = shift - one8;
        if (clocks_left$q != zero6) begin
            clocks_left$d = clocks_left$q - one6;
        end
        case (phase$q)
            Phase$Idle:
                begin
                    if (start) begin
                        phase$d = Phase$Multiply;
                        clocks_left$d = multiply_clocks;
                        product$d = zero50;
                        addend$d = ((acc) & 50'h3ffffffffffff);
                        if (acc[32'h1f]) begin
                            addend$d = ((acc) & 50'h3ffffffffffff) | sign_extension;
                        end
                        multiplier_left$d = multiplier;
                        no_shift$d = shift == zero8;
                        too_far$d = shift > max_shift;
                        shifts_left$d = zero6;
                        if ((shift != zero8) & (shift <= max_shift)) begin
                            shifts_left$d = shift_less_one_wide[(32'h0)+:(6)];
                        end
                    end
                end
            Phase$Multiply:
                begin
                    if (multiplier_left$q[32'h0]) begin
                        product$d = product$q + addend$q;
                    end
                    addend$d = addend$q << one8;
                    multiplier_left$d = multiplier_left$q >> one8;
                    if (clocks_left$q == one6) begin
                        phase$d = Phase$Shift;
                        clocks_left$d = shift_clocks;
                    end
                end
            Phase$Shift:
                begin
                    if (shifts_left$q != zero6) begin
                        product$d = halved;
                        shifts_left$d = shifts_left$q - one6;
                    end
                    if (clocks_left$q == one6) begin
                        phase$d = Phase$Round;
                    end
                end
            Phase$Round:
                begin
                    product$d = rounded;
                    phase$d = Phase$Finish;
                end
            Phase$Finish:
                begin
                    phase$d = Phase$Idle;
                    done_pulse$d = 1'b1;
                    if (too_far$q | product$q[32'h31]) begin
                        result_held$d = zero8;
                    end
                    else if (|product$q[(32'h8)+:(41)]) begin
                        result_held$d = all_ones8;
                    end
                    else begin
                        result_held$d = product$q[(32'h0)+:(8)];
                    end
                end
            default:
                begin
                    phase$d = Phase$Idle;
                end
        endcase
        if (reset) begin
            phase$d = Phase$Idle;
            done_pulse$d = 1'b0;
        end
        busy = phase$q != Phase$Idle;
        done = done_pulse$q;
        result = result_held$q;
    end
    
endmodule // top$core$outputs$requantizer


module top$core$outputs$requantizer$addend(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$addend


module top$core$outputs$requantizer$clocks_left(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$clocks_left


module top$core$outputs$requantizer$done_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$done_pulse


module top$core$outputs$requantizer$multiplier_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$multiplier_left


module top$core$outputs$requantizer$no_shift(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$no_shift


module top$core$outputs$requantizer$phase(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam Phase$Idle = 0;
    localparam Phase$Multiply = 1;
    localparam Phase$Shift = 2;
    localparam Phase$Round = 3;
    localparam Phase$Finish = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$phase


module top$core$outputs$requantizer$product(d,q,clock);
    
    // Module arguments
    input wire  [49:0] d;
    output reg  [49:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 50'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$product


module top$core$outputs$requantizer$result_held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$result_held


module top$core$outputs$requantizer$shifts_left(d,q,clock);
    
    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 6'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$shifts_left


module top$core$outputs$requantizer$too_far(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$requantizer$too_far


module top$core$outputs$serial(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$serial


module top$core$outputs$serial_address(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$serial_address


module top$core$outputs$serial_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$serial_left


module top$core$outputs$word_address(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$word_address


module top$core$outputs$writing_header(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$outputs$writing_header


module top$core$packing(clock,write_address,write_data,take,weight_byte,word,word_ends,input_address,weight_write,weight_write_address,weight_write_data);
    
    // Module arguments
    input wire  clock;
    input wire  [23:0] write_address;
    input wire  [7:0] write_data;
    input wire  take;
    input wire  weight_byte;
    output reg  [15:0] word;
    output reg  word_ends;
    output reg  [8:0] input_address;
    output reg  weight_write;
    output reg  [13:0] weight_write_address;
    output reg  [15:0] weight_write_data;
    
    // Constant declarations
    localparam  lane_low_mask = 24'h1;
    localparam  lanes_less_one = 24'h1;
    localparam  lane_shift = 8'h1;
    localparam  top_byte_shift = 8'h8;
    localparam  byte_shift = 8'h8;
    
    // Stub signals
    reg  [15:0] pack$d;
    wire  [15:0] pack$q;
    reg  pack$clock;
    reg  weight_write_q$d;
    wire  weight_write_q$q;
    reg  weight_write_q$clock;
    reg  [13:0] weight_write_address_q$d;
    wire  [13:0] weight_write_address_q$q;
    reg  weight_write_address_q$clock;
    reg  [15:0] weight_write_data_q$d;
    wire  [15:0] weight_write_data_q$q;
    reg  weight_write_data_q$clock;
    
    // Local signals
    reg  [23:0] weight_word_wide;
    reg  [15:0] input_word_wide;
    
    // Sub module instances
    top$core$packing$pack pack(
        .d(pack$d),
        .q(pack$q),
        .clock(pack$clock)
    );
    top$core$packing$weight_write_q weight_write_q(
        .d(weight_write_q$d),
        .q(weight_write_q$q),
        .clock(weight_write_q$clock)
    );
    top$core$packing$weight_write_address_q weight_write_address_q(
        .d(weight_write_address_q$d),
        .q(weight_write_address_q$q),
        .clock(weight_write_address_q$clock)
    );
    top$core$packing$weight_write_data_q weight_write_data_q(
        .d(weight_write_data_q$d),
        .q(weight_write_data_q$q),
        .clock(weight_write_data_q$clock)
    );
    
    // Update code
    always @(*) begin
        pack$clock = clock;
        weight_write_q$clock = clock;
        weight_write_address_q$clock = clock;
        weight_write_data_q$clock = clock;
        pack$d = pack$q;
        weight_write_q$d = weight_write_q$q;
        weight_write_address_q$d = weight_write_address_q$q;
        weight_write_data_q$d = weight_write_data_q$q;
        word = (pack$q >> byte_shift) | (((write_data) & 16'hffff) << top_byte_shift);
        word_ends = (write_address & lane_low_mask) == lanes_less_one;
        weight_word_wide = write_address >> lane_shift;
        input_word_wide = write_address[(32'h0)+:(16)] >> lane_shift;
        input_address = input_word_wide[(32'h0)+:(9)];
        if (take) begin
            pack$d = word;
        end
        weight_write_address_q$d = weight_word_wide[(32'h0)+:(14)];
        weight_write_data_q$d = word;
        weight_write_q$d = weight_byte & word_ends;
        weight_write = weight_write_q$q;
        weight_write_address = weight_write_address_q$q;
        weight_write_data = weight_write_data_q$q;
    end
    
endmodule // top$core$packing


module top$core$packing$pack(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$packing$pack


module top$core$packing$weight_write_address_q(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$packing$weight_write_address_q


module top$core$packing$weight_write_data_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$packing$weight_write_data_q


module top$core$packing$weight_write_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$packing$weight_write_q


module top$core$plain_skid(clock,flush,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  flush;
    input wire  [15:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [15:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [15:0] main_data$d;
    wire  [15:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [15:0] skid_data$d;
    wire  [15:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Local signals
    reg  take_in;
    
    // Sub module instances
    top$core$plain_skid$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$core$plain_skid$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$core$plain_skid$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    top$core$plain_skid$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        take_in = in_valid & ~skid_valid$q;
        if (~main_valid$q | out_ready) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = take_in;
            end
        end
        else if (take_in) begin
            skid_data$d = in_data;
            skid_valid$d = 1'b1;
        end
        if (flush) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // top$core$plain_skid


module top$core$plain_skid$main_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$main_data


module top$core$plain_skid$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$main_valid


module top$core$plain_skid$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$skid_data


module top$core$plain_skid$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$plain_skid$skid_valid


module top$core$read_back(clock,read,read_address,read_data,slot_done,key_loaded,model_ready,busy,last_error,runs,uptime,results_address,results_data);
    
    // Module arguments
    input wire  clock;
    input wire  read;
    input wire  [23:0] read_address;
    output reg  [7:0] read_data;
    input wire  [1:0] slot_done;
    input wire  key_loaded;
    input wire  model_ready;
    input wire  busy;
    input wire  [7:0] last_error;
    input wire  [31:0] runs;
    input wire  [63:0] uptime;
    output reg  [10:0] results_address;
    input wire  [7:0] results_data;
    
    // Constant declarations
    localparam  info$0 = 8'h44;
    localparam  info$1 = 8'h4c;
    localparam  info$2 = 8'h43;
    localparam  info$3 = 8'h4b;
    localparam  info$4 = 8'h1;
    localparam  info$5 = 8'h2;
    localparam  info$6 = 8'h4;
    localparam  info$7 = 8'h1;
    localparam  info$8 = 8'h0;
    localparam  info$9 = 8'h34;
    localparam  info$10 = 8'h0;
    localparam  info$11 = 8'h0;
    localparam  info$12 = 8'h0;
    localparam  info$13 = 8'h4;
    localparam  info$14 = 8'h3e;
    localparam  info$15 = 8'h0;
    localparam  info$16 = 8'h0;
    localparam  info$17 = 8'h87;
    localparam  info$18 = 8'h93;
    localparam  info$19 = 8'h3;
    localparam  info$20 = 8'h0;
    localparam  info$21 = 8'h1b;
    localparam  info$22 = 8'hb7;
    localparam  info$23 = 8'h0;
    localparam  info$24 = 8'h0;
    localparam  info$25 = 8'h4;
    localparam  info$26 = 8'h63;
    localparam  info$27 = 8'h75;
    localparam  info$28 = 8'h0;
    localparam  info$29 = 8'h0;
    localparam  info$30 = 8'h0;
    localparam  info$31 = 8'h0;
    localparam  offsets$0 = 16'h0;
    localparam  offsets$1 = 16'h1;
    localparam  offsets$2 = 16'h2;
    localparam  offsets$3 = 16'h3;
    localparam  offsets$4 = 16'h4;
    localparam  offsets$5 = 16'h5;
    localparam  offsets$6 = 16'h6;
    localparam  offsets$7 = 16'h7;
    localparam  offsets$8 = 16'h8;
    localparam  offsets$9 = 16'h9;
    localparam  offsets$10 = 16'ha;
    localparam  offsets$11 = 16'hb;
    localparam  offsets$12 = 16'hc;
    localparam  offsets$13 = 16'hd;
    localparam  offsets$14 = 16'he;
    localparam  offsets$15 = 16'hf;
    localparam  offsets$16 = 16'h10;
    localparam  offsets$17 = 16'h11;
    localparam  offsets$18 = 16'h12;
    localparam  offsets$19 = 16'h13;
    localparam  offsets$20 = 16'h14;
    localparam  offsets$21 = 16'h15;
    localparam  offsets$22 = 16'h16;
    localparam  offsets$23 = 16'h17;
    localparam  offsets$24 = 16'h18;
    localparam  offsets$25 = 16'h19;
    localparam  offsets$26 = 16'h1a;
    localparam  offsets$27 = 16'h1b;
    localparam  offsets$28 = 16'h1c;
    localparam  offsets$29 = 16'h1d;
    localparam  offsets$30 = 16'h1e;
    localparam  offsets$31 = 16'h1f;
    localparam  info_region = 8'h80;
    localparam  info_bytes = 16'h20;
    localparam  status_region = 8'h81;
    localparam  status_bytes = 16'h10;
    localparam  result0_region = 8'h87;
    localparam  result1_region = 8'h88;
    localparam  result_slot_bytes = 16'h100;
    localparam  result_slot = 11'b100000000;
    localparam  slot_flag_shift = 8'h3;
    localparam  flag_key = 8'h1;
    localparam  flag_model = 8'h2;
    localparam  flag_busy = 8'h4;
    localparam  zero8 = 8'h0;
    
    // Stub signals
    reg  [31:0] shadow_runs$d;
    wire  [31:0] shadow_runs$q;
    reg  shadow_runs$clock;
    reg  [63:0] shadow_uptime$d;
    wire  [63:0] shadow_uptime$q;
    reg  shadow_uptime$clock;
    reg  [7:0] read_byte$d;
    wire  [7:0] read_byte$q;
    reg  read_byte$clock;
    reg  read_from_results$d;
    wire  read_from_results$q;
    reg  read_from_results$clock;
    reg  [10:0] result_address_held$d;
    wire  [10:0] result_address_held$q;
    reg  result_address_held$clock;
    
    // Local signals
    reg  [7:0] status_flags;
    reg  [7:0] read_region;
    reg  [15:0] read_offset;
    reg  in_result0;
    reg  in_result1;
    reg  [10:0] result_offset;
    reg  [10:0] result_read_address;
    
    // Sub module instances
    top$core$read_back$shadow_runs shadow_runs(
        .d(shadow_runs$d),
        .q(shadow_runs$q),
        .clock(shadow_runs$clock)
    );
    top$core$read_back$shadow_uptime shadow_uptime(
        .d(shadow_uptime$d),
        .q(shadow_uptime$q),
        .clock(shadow_uptime$clock)
    );
    top$core$read_back$read_byte read_byte(
        .d(read_byte$d),
        .q(read_byte$q),
        .clock(read_byte$clock)
    );
    top$core$read_back$read_from_results read_from_results(
        .d(read_from_results$d),
        .q(read_from_results$q),
        .clock(read_from_results$clock)
    );
    top$core$read_back$result_address_held result_address_held(
        .d(result_address_held$d),
        .q(result_address_held$q),
        .clock(result_address_held$clock)
    );
    
    // Update code
    always @(*) begin
        shadow_runs$clock = clock;
        shadow_uptime$clock = clock;
        read_byte$clock = clock;
        read_from_results$clock = clock;
        result_address_held$clock = clock;
        shadow_runs$d = shadow_runs$q;
        shadow_uptime$d = shadow_uptime$q;
        read_byte$d = read_byte$q;
        read_from_results$d = read_from_results$q;
        result_address_held$d = result_address_held$q;
        status_flags = ((slot_done) & 8'hff) << slot_flag_shift;
        if (key_loaded) begin
            status_flags = status_flags | flag_key;
        end
        if (model_ready) begin
            status_flags = status_flags | flag_model;
        end
        if (busy) begin
            status_flags = status_flags | flag_busy;
        end
        read_region = read_address[(32'h10)+:(8)];
        read_offset = read_address[(32'h0)+:(16)];
        in_result0 = (read_region == result0_region) & (read_offset < result_slot_bytes);
        in_result1 = (read_region == result1_region) & (read_offset < result_slot_bytes);
        result_offset = read_offset[(32'h0)+:(11)];
        result_read_address = result_offset;
        if (in_result1) begin
            result_read_address = result_offset + result_slot;
        end
        results_address = result_address_held$q;
        if (read) begin
            results_address = result_read_address;
            result_address_held$d = result_read_address;
            read_from_results$d = in_result0 | in_result1;
            read_byte$d = zero8;
            if ((read_region == info_region) & (read_offset < info_bytes)) begin
                if (read_offset == offsets$0) begin
                    read_byte$d = info$0;
                end
                if (read_offset == offsets$1) begin
                    read_byte$d = info$1;
                end
                if (read_offset == offsets$2) begin
                    read_byte$d = info$2;
                end
                if (read_offset == offsets$3) begin
                    read_byte$d = info$3;
                end
                if (read_offset == offsets$4) begin
                    read_byte$d = info$4;
                end
                if (read_offset == offsets$5) begin
                    read_byte$d = info$5;
                end
                if (read_offset == offsets$6) begin
                    read_byte$d = info$6;
                end
                if (read_offset == offsets$7) begin
                    read_byte$d = info$7;
                end
                if (read_offset == offsets$8) begin
                    read_byte$d = info$8;
                end
                if (read_offset == offsets$9) begin
                    read_byte$d = info$9;
                end
                if (read_offset == offsets$10) begin
                    read_byte$d = info$10;
                end
                if (read_offset == offsets$11) begin
                    read_byte$d = info$11;
                end
                if (read_offset == offsets$12) begin
                    read_byte$d = info$12;
                end
                if (read_offset == offsets$13) begin
                    read_byte$d = info$13;
                end
                if (read_offset == offsets$14) begin
                    read_byte$d = info$14;
                end
                if (read_offset == offsets$15) begin
                    read_byte$d = info$15;
                end
                if (read_offset == offsets$16) begin
                    read_byte$d = info$16;
                end
                if (read_offset == offsets$17) begin
                    read_byte$d = info$17;
                end
                if (read_offset == offsets$18) begin
                    read_byte$d = info$18;
                end
                if (read_offset == offsets$19) begin
                    read_byte$d = info$19;
                end
                if (read_offset == offsets$20) begin
                    read_byte$d = info$20;
                end
                if (read_offset == offsets$21) begin
                    read_byte$d = info$21;
                end
                if (read_offset == offsets$22) begin
                    read_byte$d = info$22;
                end
                if (read_offset == offsets$23) begin
                    read_byte$d = info$23;
                end
                if (read_offset == offsets$24) begin
                    read_byte$d = info$24;
                end
                if (read_offset == offsets$25) begin
                    read_byte$d = info$25;
                end
                if (read_offset == offsets$26) begin
                    read_byte$d = info$26;
                end
                if (read_offset == offsets$27) begin
                    read_byte$d = info$27;
                end
                if (read_offset == offsets$28) begin
                    read_byte$d = info$28;
                end
                if (read_offset == offsets$29) begin
                    read_byte$d = info$29;
                end
                if (read_offset == offsets$30) begin
                    read_byte$d = info$30;
                end
                if (read_offset == offsets$31) begin
                    read_byte$d = info$31;
                end
            end
            if ((read_region == status_region) & (read_offset < status_bytes)) begin
                if (read_offset == offsets$0) begin
                    read_byte$d = status_flags;
                    shadow_runs$d = runs;
                    shadow_uptime$d = uptime;
                end
                if (read_offset == offsets$1) begin
                    read_byte$d = last_error;
                end
                if (read_offset == offsets$4) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 0)+:(8)];
                end
                if (read_offset == offsets$5) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 1)+:(8)];
                end
                if (read_offset == offsets$6) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 2)+:(8)];
                end
                if (read_offset == offsets$7) begin
                    read_byte$d = shadow_runs$q[(32'h8 * 3)+:(8)];
                end
                if (read_offset == offsets$8) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 0)+:(8)];
                end
                if (read_offset == offsets$9) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 1)+:(8)];
                end
                if (read_offset == offsets$10) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 2)+:(8)];
                end
                if (read_offset == offsets$11) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 3)+:(8)];
                end
                if (read_offset == offsets$12) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 4)+:(8)];
                end
                if (read_offset == offsets$13) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 5)+:(8)];
                end
                if (read_offset == offsets$14) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 6)+:(8)];
                end
                if (read_offset == offsets$15) begin
                    read_byte$d = shadow_uptime$q[(32'h8 * 7)+:(8)];
                end
            end
        end
        read_data = read_byte$q;
        if (read_from_results$q) begin
            read_data = results_data;
        end
    end
    
endmodule // top$core$read_back


module top$core$read_back$read_byte(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$read_back$read_byte


module top$core$read_back$read_from_results(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$read_back$read_from_results


module top$core$read_back$result_address_held(d,q,clock);
    
    // Module arguments
    input wire  [10:0] d;
    output reg  [10:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 11'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$read_back$result_address_held


module top$core$read_back$shadow_runs(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$read_back$shadow_runs


module top$core$read_back$shadow_uptime(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$read_back$shadow_uptime


module top$core$results(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [10:0] read_address;
    output reg  [7:0] read_data;
    input wire  [10:0] write_address;
    input wire  [7:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [7:0] mem [0:511];
    always @(posedge clock) begin
        read_data <= (read_address <= 511) ? mem[read_address[8:0]] : 8'd0;
        if (write_enable && write_address <= 511) mem[write_address[8:0]] <= write_data;
    end
endmodule // top$core$results


module top$core$sequencer(clock,reset,start,layer,layer_inputs,layer_outputs,layer_input_offset,layer_is_last,beat_data,beat_valid,beat_ready,act_address,mac$valid,mac$ready,mac$weights,mac$lane_mask,mac$row_start,mac$row_end,mac$bias,mac$multiplier,mac$shift,mac$last_layer,drained,finished);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    output reg  [3:0] layer;
    input wire  [15:0] layer_inputs;
    input wire  [15:0] layer_outputs;
    input wire  [15:0] layer_input_offset;
    input wire  layer_is_last;
    input wire  [15:0] beat_data;
    input wire  beat_valid;
    output reg  beat_ready;
    output reg  [8:0] act_address;
    output reg  mac$valid;
    input wire  mac$ready;
    output reg  [15:0] mac$weights;
    output reg  [1:0] mac$lane_mask;
    output reg  mac$row_start;
    output reg  mac$row_end;
    output reg  [31:0] mac$bias;
    output reg  [15:0] mac$multiplier;
    output reg  [7:0] mac$shift;
    output reg  mac$last_layer;
    input wire  drained;
    output reg  finished;
    
    // Constant declarations
    localparam  lanes = 16'h2;
    localparam  lane_shift = 8'h1;
    localparam  header_beats = 4'h4;
    localparam  beat_bits = 8'h10;
    localparam  top_shift = 8'h30;
    localparam  lane_index$0 = 16'h0;
    localparam  lane_index$1 = 16'h1;
    localparam  lane_bit$0 = 2'b1;
    localparam  lane_bit$1 = 2'b10;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  zero_mask = 2'b0;
    localparam  seven = 16'h7;
    localparam  not_seven = 16'hfff8;
    
    // Enums
    localparam SeqState$Idle = 0;
    localparam SeqState$Header = 1;
    localparam SeqState$Weights = 2;
    localparam SeqState$Drain = 3;
    localparam SeqState$Finish = 4;
    
    // Stub signals
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [15:0] outputs_q$d;
    wire  [15:0] outputs_q$q;
    reg  outputs_q$clock;
    reg  last_row$d;
    wire  last_row$q;
    reg  last_row$clock;
    reg  [3:0] layer_index$d;
    wire  [3:0] layer_index$q;
    reg  layer_index$clock;
    reg  [15:0] row$d;
    wire  [15:0] row$q;
    reg  row$clock;
    reg  [3:0] header_count$d;
    wire  [3:0] header_count$q;
    reg  header_count$clock;
    reg  [63:0] header$d;
    wire  [63:0] header$q;
    reg  header$clock;
    reg  [15:0] weight_beat$d;
    wire  [15:0] weight_beat$q;
    reg  weight_beat$clock;
    reg  [15:0] inputs_left$d;
    wire  [15:0] inputs_left$q;
    reg  inputs_left$clock;
    reg  [15:0] beats_left$d;
    wire  [15:0] beats_left$q;
    reg  beats_left$clock;
    reg  [8:0] held_address$d;
    wire  [8:0] held_address$q;
    reg  held_address$clock;
    reg  out_valid$d;
    wire  out_valid$q;
    reg  out_valid$clock;
    reg  [15:0] out_weights$d;
    wire  [15:0] out_weights$q;
    reg  out_weights$clock;
    reg  [1:0] out_mask$d;
    wire  [1:0] out_mask$q;
    reg  out_mask$clock;
    reg  out_start$d;
    wire  out_start$q;
    reg  out_start$clock;
    reg  out_end$d;
    wire  out_end$q;
    reg  out_end$clock;
    reg  [31:0] out_bias$d;
    wire  [31:0] out_bias$q;
    reg  out_bias$clock;
    reg  [15:0] out_multiplier$d;
    wire  [15:0] out_multiplier$q;
    reg  out_multiplier$clock;
    reg  [7:0] out_shift$d;
    wire  [7:0] out_shift$q;
    reg  out_shift$clock;
    reg  out_last$d;
    wire  out_last$q;
    reg  out_last$clock;
    
    // Local signals
    reg  take;
    reg  [15:0] input_word_wide;
    reg  [15:0] row_beats;
    reg  [8:0] beat_address;
    reg  row_ends;
    reg  [1:0] mask;
    reg  [63:0] next_header;
    
    // Sub module instances
    top$core$sequencer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$sequencer$outputs_q outputs_q(
        .d(outputs_q$d),
        .q(outputs_q$q),
        .clock(outputs_q$clock)
    );
    top$core$sequencer$last_row last_row(
        .d(last_row$d),
        .q(last_row$q),
        .clock(last_row$clock)
    );
    top$core$sequencer$layer_index layer_index(
        .d(layer_index$d),
        .q(layer_index$q),
        .clock(layer_index$clock)
    );
    top$core$sequencer$row row(
        .d(row$d),
        .q(row$q),
        .clock(row$clock)
    );
    top$core$sequencer$header_count header_count(
        .d(header_count$d),
        .q(header_count$q),
        .clock(header_count$clock)
    );
    top$core$sequencer$header header(
        .d(header$d),
        .q(header$q),
        .clock(header$clock)
    );
    top$core$sequencer$weight_beat weight_beat(
        .d(weight_beat$d),
        .q(weight_beat$q),
        .clock(weight_beat$clock)
    );
    top$core$sequencer$inputs_left inputs_left(
        .d(inputs_left$d),
        .q(inputs_left$q),
        .clock(inputs_left$clock)
    );
    top$core$sequencer$beats_left beats_left(
        .d(beats_left$d),
        .q(beats_left$q),
        .clock(beats_left$clock)
    );
    top$core$sequencer$held_address held_address(
        .d(held_address$d),
        .q(held_address$q),
        .clock(held_address$clock)
    );
    top$core$sequencer$out_valid out_valid(
        .d(out_valid$d),
        .q(out_valid$q),
        .clock(out_valid$clock)
    );
    top$core$sequencer$out_weights out_weights(
        .d(out_weights$d),
        .q(out_weights$q),
        .clock(out_weights$clock)
    );
    top$core$sequencer$out_mask out_mask(
        .d(out_mask$d),
        .q(out_mask$q),
        .clock(out_mask$clock)
    );
    top$core$sequencer$out_start out_start(
        .d(out_start$d),
        .q(out_start$q),
        .clock(out_start$clock)
    );
    top$core$sequencer$out_end out_end(
        .d(out_end$d),
        .q(out_end$q),
        .clock(out_end$clock)
    );
    top$core$sequencer$out_bias out_bias(
        .d(out_bias$d),
        .q(out_bias$q),
        .clock(out_bias$clock)
    );
    top$core$sequencer$out_multiplier out_multiplier(
        .d(out_multiplier$d),
        .q(out_multiplier$q),
        .clock(out_multiplier$clock)
    );
    top$core$sequencer$out_shift out_shift(
        .d(out_shift$d),
        .q(out_shift$q),
        .clock(out_shift$clock)
    );
    top$core$sequencer$out_last out_last(
        .d(out_last$d),
        .q(out_last$q),
        .clock(out_last$clock)
    );
    
    // Update code
    always @(*) begin
        outputs_q$clock = clock;
        last_row$clock = clock;
        state$clock = clock;
        layer_index$clock = clock;
        row$clock = clock;
        header_count$clock = clock;
        header$clock = clock;
        weight_beat$clock = clock;
        inputs_left$clock = clock;
        beats_left$clock = clock;
        held_address$clock = clock;
        out_valid$clock = clock;
        out_weights$clock = clock;
        out_mask$clock = clock;
        out_start$clock = clock;
        out_end$clock = clock;
        out_bias$clock = clock;
        out_multiplier$clock = clock;
        out_shift$clock = clock;
        out_last$clock = clock;
        outputs_q$d = outputs_q$q;
        last_row$d = last_row$q;
        state$d = state$q;
        layer_index$d = layer_index$q;
        row$d = row$q;
        header_count$d = header_count$q;
        header$d = header$q;
        weight_beat$d = weight_beat$q;
        inputs_left$d = inputs_left$q;
        beats_left$d = beats_left$q;
        held_address$d = held_address$q;
        out_valid$d = out_valid$q;
        out_weights$d = out_weights$q;
        out_mask$d = out_mask$q;
        out_start$d = out_start$q;
        out_end$d = out_end$q;
        out_bias$d = out_bias$q;
        out_multiplier$d = out_multiplier$q;
        out_shift$d = out_shift$q;
        out_last$d = out_last$q;
        outputs_q$d = layer_outputs;
        last_row$d = row$q + one16 == outputs_q$q;
        finished = 1'b0;
        beat_ready = mac$ready & ((state$q == SeqState$Header) | (state$q == SeqState$Weights));
        take = beat_ready & beat_valid;
        next_header = (header$q >> beat_bits) | (((beat_data) & 64'hffffffffffffffff) << top_shift);
        if (header_beats == one4) begin
            next_header = ((beat_data) & 64'hffffffffffffffff);
        end
        mask = zero_mask;
        if (inputs_left$q > lane_index$0) begin
            mask = mask | lane_bit$0;
        end
        if (inputs_left$q > lane_index$1) begin
            mask = mask | lane_bit$1;
        end
        row_ends = beats_left$q == one16;
        row_beats = ((layer_inputs + seven) & not_seven) >> lane_shift;
        input_word_wide = layer_input_offset >> lane_shift;
        beat_address = input_word_wide[(32'h0)+:(9)] + weight_beat$q[(32'h0)+:(9)];
        act_address = held_address$q;
        if (take & (state$q == SeqState$Weights)) begin
            act_address = beat_address;
            held_address$d = beat_address;
        end
        if (mac$ready) begin
            out_valid$d = take & (state$q == SeqState$Weights);
        end
        case (state$q)
            SeqState$Idle:
                begin
                end
            SeqState$Header:
                begin
                    if (take) begin
                        header$d = next_header;
                        header_count$d = header_count$q + one4;
                        if (header_count$q + one4 == header_beats) begin
                            state$d = SeqState$Weights;
                            weight_beat$d = zero16;
                            inputs_left$d = layer_inputs;
                            beats_left$d = row_beats;
                        end
                    end
                end
            SeqState$Weights:
                begin
                    if (take) begin
                        out_weights$d = beat_data;
                        out_mask$d = mask;
                        out_start$d = weight_beat$q == zero16;
                        out_end$d = row_ends;
                        out_bias$d = header$q[(32'h0)+:(32)];
                        out_multiplier$d = header$q[(32'h20)+:(16)];
                        out_shift$d = header$q[(32'h30)+:(8)];
                        out_last$d = layer_is_last;
                        weight_beat$d = weight_beat$q + one16;
                        beats_left$d = beats_left$q - one16;
                        inputs_left$d = zero16;
                        if (inputs_left$q > lanes) begin
                            inputs_left$d = inputs_left$q - lanes;
                        end
                        if (row_ends) begin
                            header_count$d = zero4;
                            if (last_row$q) begin
                                state$d = SeqState$Drain;
                            end
                            else begin
                                row$d = row$q + one16;
                                state$d = SeqState$Header;
                            end
                        end
                    end
                end
            SeqState$Drain:
                begin
                    if (drained & ~out_valid$q) begin
                        if (layer_is_last) begin
                            state$d = SeqState$Finish;
                        end
                        else begin
                            layer_index$d = layer_index$q + one4;
                            row$d = zero16;
                            state$d = SeqState$Header;
                        end
                    end
                end
            SeqState$Finish:
                begin
                    finished = 1'b1;
                    state$d = SeqState$Idle;
                end
            default:
                begin
                    state$d = SeqState$Idle;
                end
        endcase
        if (start) begin
            state$d = SeqState$Header;
            layer_index$d = zero4;
            row$d = zero16;
            header_count$d = zero4;
            out_valid$d = 1'b0;
        end
        if (reset) begin
            state$d = SeqState$Idle;
            out_valid$d = 1'b0;
        end
        layer = layer_index$q;
        mac$valid = out_valid$q;
        mac$weights = out_weights$q;
        mac$lane_mask = out_mask$q;
        mac$row_start = out_start$q;
        mac$row_end = out_end$q;
        mac$bias = out_bias$q;
        mac$multiplier = out_multiplier$q;
        mac$shift = out_shift$q;
        mac$last_layer = out_last$q;
    end
    
endmodule // top$core$sequencer


module top$core$sequencer$beats_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$beats_left


module top$core$sequencer$header(d,q,clock);
    
    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$header


module top$core$sequencer$header_count(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$header_count


module top$core$sequencer$held_address(d,q,clock);
    
    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 9'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$held_address


module top$core$sequencer$inputs_left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$inputs_left


module top$core$sequencer$last_row(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$last_row


module top$core$sequencer$layer_index(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$layer_index


module top$core$sequencer$out_bias(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_bias


module top$core$sequencer$out_end(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_end


module top$core$sequencer$out_last(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_last


module top$core$sequencer$out_mask(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_mask


module top$core$sequencer$out_multiplier(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_multiplier


module top$core$sequencer$out_shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_shift


module top$core$sequencer$out_start(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_start


module top$core$sequencer$out_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_valid


module top$core$sequencer$out_weights(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$out_weights


module top$core$sequencer$outputs_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$outputs_q


module top$core$sequencer$row(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$row


module top$core$sequencer$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam SeqState$Idle = 0;
    localparam SeqState$Header = 1;
    localparam SeqState$Weights = 2;
    localparam SeqState$Drain = 3;
    localparam SeqState$Finish = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$state


module top$core$sequencer$weight_beat(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$sequencer$weight_beat


module top$core$slots(clock,running,running_slot,input_address,input_word,input0_write,input1_write,act_write_enable,act_write_address,act_write_data,act_read_address,act_read_data);
    
    // Module arguments
    input wire  clock;
    input wire  running;
    input wire  running_slot;
    input wire  [8:0] input_address;
    input wire  [15:0] input_word;
    input wire  input0_write;
    input wire  input1_write;
    input wire  act_write_enable;
    input wire  [8:0] act_write_address;
    input wire  [15:0] act_write_data;
    input wire  [8:0] act_read_address;
    output reg  [15:0] act_read_data;
    
    // Stub signals
    reg  slot0$clock;
    reg  [8:0] slot0$read_address;
    wire  [15:0] slot0$read_data;
    reg  [8:0] slot0$write_address;
    reg  [15:0] slot0$write_data;
    reg  slot0$write_enable;
    reg  slot1$clock;
    reg  [8:0] slot1$read_address;
    wire  [15:0] slot1$read_data;
    reg  [8:0] slot1$write_address;
    reg  [15:0] slot1$write_data;
    reg  slot1$write_enable;
    
    // Sub module instances
    top$core$slots$slot0 slot0(
        .clock(slot0$clock),
        .read_address(slot0$read_address),
        .read_data(slot0$read_data),
        .write_address(slot0$write_address),
        .write_data(slot0$write_data),
        .write_enable(slot0$write_enable)
    );
    top$core$slots$slot1 slot1(
        .clock(slot1$clock),
        .read_address(slot1$read_address),
        .read_data(slot1$read_data),
        .write_address(slot1$write_address),
        .write_data(slot1$write_data),
        .write_enable(slot1$write_enable)
    );
    
    // Update code
    always @(*) begin
        slot0$clock = clock;
        slot1$clock = clock;
        slot0$read_address = act_read_address;
        slot1$read_address = act_read_address;
        act_read_data = slot0$read_data;
        if (running_slot) begin
            act_read_data = slot1$read_data;
        end
        slot0$write_address = input_address;
        slot0$write_data = input_word;
        slot0$write_enable = input0_write;
        slot1$write_address = input_address;
        slot1$write_data = input_word;
        slot1$write_enable = input1_write;
        if (running & ~running_slot) begin
            slot0$write_address = act_write_address;
            slot0$write_data = act_write_data;
            slot0$write_enable = act_write_enable;
        end
        if (running & running_slot) begin
            slot1$write_address = act_write_address;
            slot1$write_data = act_write_data;
            slot1$write_enable = act_write_enable;
        end
    end
    
endmodule // top$core$slots


module top$core$slots$slot0(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] read_address;
    output reg  [15:0] read_data;
    input wire  [8:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:511];
    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) mem[write_address] <= write_data;
    end
endmodule // top$core$slots$slot0


module top$core$slots$slot1(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [8:0] read_address;
    output reg  [15:0] read_data;
    input wire  [8:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:511];
    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) mem[write_address] <= write_data;
    end
endmodule // top$core$slots$slot1


module top$core$streamer(clock,reset,start,words,mem_address,mem_data,data,valid,ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  start;
    input wire  [13:0] words;
    output reg  [13:0] mem_address;
    input wire  [15:0] mem_data;
    output reg  [15:0] data;
    output reg  valid;
    input wire  ready;
    
    // Constant declarations
    localparam  one = 14'b1;
    localparam  zero = 14'b0;
    
    // Enums
    localparam StreamState$Idle = 0;
    localparam StreamState$Prime = 1;
    localparam StreamState$Stream = 2;
    
    // Stub signals
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [13:0] current$d;
    wire  [13:0] current$q;
    reg  current$clock;
    reg  [13:0] left$d;
    wire  [13:0] left$q;
    reg  left$clock;
    reg  has_more$d;
    wire  has_more$q;
    reg  has_more$clock;
    
    // Local signals
    reg  take;
    
    // Sub module instances
    top$core$streamer$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$core$streamer$current current(
        .d(current$d),
        .q(current$q),
        .clock(current$clock)
    );
    top$core$streamer$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$core$streamer$has_more has_more(
        .d(has_more$d),
        .q(has_more$q),
        .clock(has_more$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        current$clock = clock;
        left$clock = clock;
        has_more$clock = clock;
        state$d = state$q;
        current$d = current$q;
        left$d = left$q;
        has_more$d = has_more$q;
        valid = (state$q == StreamState$Stream) & has_more$q;
        take = valid & ready;
        mem_address = current$q;
        if (take) begin
            mem_address = current$q + one;
            current$d = current$q + one;
            left$d = left$q - one;
            has_more$d = left$q != one;
        end
        case (state$q)
            StreamState$Idle:
                begin
                end
            StreamState$Prime:
                begin
                    state$d = StreamState$Stream;
                end
            StreamState$Stream:
                begin
                    if (~has_more$q) begin
                        state$d = StreamState$Idle;
                    end
                end
            default:
                begin
                    state$d = StreamState$Idle;
                end
        endcase
        if (start) begin
            state$d = StreamState$Prime;
            current$d = zero;
            left$d = words;
            has_more$d = words != zero;
        end
        if (reset) begin
            state$d = StreamState$Idle;
        end
        data = mem_data;
    end
    
endmodule // top$core$streamer


module top$core$streamer$current(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$streamer$current


module top$core$streamer$has_more(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$streamer$has_more


module top$core$streamer$left(d,q,clock);
    
    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 14'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$streamer$left


module top$core$streamer$state(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Enums
    localparam StreamState$Idle = 0;
    localparam StreamState$Prime = 1;
    localparam StreamState$Stream = 2;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$streamer$state


module top$core$unlock(clock,reset,key$write,key$write_data,key$commit,key$clear,key$discard,key$commit_error,key$loaded,restart,locked_data,locked_valid,locked_ready,plain_data,plain_valid,plain_ready,hardened,nonce_word0,nonce_word1,nonce_word2);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  key$write;
    input wire  [7:0] key$write_data;
    input wire  key$commit;
    input wire  key$clear;
    input wire  key$discard;
    output wire  key$commit_error;
    output wire  key$loaded;
    input wire  restart;
    input wire  [15:0] locked_data;
    input wire  locked_valid;
    output reg  locked_ready;
    output reg  [15:0] plain_data;
    output reg  plain_valid;
    input wire  plain_ready;
    input wire  hardened;
    input wire  [31:0] nonce_word0;
    input wire  [31:0] nonce_word1;
    input wire  [31:0] nonce_word2;
    
    // Constant declarations
    localparam  has_paper = 1'b1;
    localparam  has_hardened = 1'b0;
    localparam  zero_beat = 16'h0;
    
    // Stub signals
    reg  key_register$clock;
    reg  key_register$reset;
    wire  [31:0] key_register$key_word0;
    wire  [31:0] key_register$key_word1;
    wire  [31:0] key_register$key_word2;
    wire  [31:0] key_register$key_word3;
    reg  key_schedule$0$clock;
    reg  key_schedule$0$reset;
    reg  key_schedule$0$restart;
    reg  [31:0] key_schedule$0$key_word0;
    reg  [31:0] key_schedule$0$key_word1;
    reg  [31:0] key_schedule$0$key_word2;
    reg  [31:0] key_schedule$0$key_word3;
    wire  [15:0] key_schedule$0$ks_data;
    wire  key_schedule$0$ks_valid;
    reg  key_schedule$0$ks_ready;
    reg  lanes$clock;
    reg  lanes$reset;
    reg  [15:0] lanes$locked_data;
    reg  lanes$locked_valid;
    wire  lanes$locked_ready;
    reg  [15:0] lanes$ks_data;
    reg  lanes$ks_valid;
    wire  lanes$ks_ready;
    wire  [15:0] lanes$plain_data;
    wire  lanes$plain_valid;
    reg  lanes$plain_ready;
    reg  flush_q$d;
    wire  flush_q$q;
    reg  flush_q$clock;
    
    // Local signals
    reg  use_ascon;
    
    // Sub module instances
    top$core$unlock$key_register key_register(
        .clock(key_register$clock),
        .reset(key_register$reset),
        .key$write(key$write),
        .key$write_data(key$write_data),
        .key$commit(key$commit),
        .key$clear(key$clear),
        .key$discard(key$discard),
        .key$commit_error(key$commit_error),
        .key$loaded(key$loaded),
        .key_word0(key_register$key_word0),
        .key_word1(key_register$key_word1),
        .key_word2(key_register$key_word2),
        .key_word3(key_register$key_word3)
    );
    top$core$unlock$key_schedule$0 key_schedule$0(
        .clock(key_schedule$0$clock),
        .reset(key_schedule$0$reset),
        .restart(key_schedule$0$restart),
        .key_word0(key_schedule$0$key_word0),
        .key_word1(key_schedule$0$key_word1),
        .key_word2(key_schedule$0$key_word2),
        .key_word3(key_schedule$0$key_word3),
        .ks_data(key_schedule$0$ks_data),
        .ks_valid(key_schedule$0$ks_valid),
        .ks_ready(key_schedule$0$ks_ready)
    );
    top$core$unlock$lanes lanes(
        .clock(lanes$clock),
        .reset(lanes$reset),
        .locked_data(lanes$locked_data),
        .locked_valid(lanes$locked_valid),
        .locked_ready(lanes$locked_ready),
        .ks_data(lanes$ks_data),
        .ks_valid(lanes$ks_valid),
        .ks_ready(lanes$ks_ready),
        .plain_data(lanes$plain_data),
        .plain_valid(lanes$plain_valid),
        .plain_ready(lanes$plain_ready)
    );
    top$core$unlock$flush_q flush_q(
        .d(flush_q$d),
        .q(flush_q$q),
        .clock(flush_q$clock)
    );
    
    // Update code
    always @(*) begin
        key_register$clock = clock;
        lanes$clock = clock;
        flush_q$clock = clock;
        flush_q$d = flush_q$q;
        flush_q$d = restart || key$clear || reset;
        key_register$reset = reset;
        use_ascon = has_hardened & (hardened | ~has_paper);
        lanes$ks_data = zero_beat;
        lanes$ks_valid = 1'b0;
        key_schedule$0$clock = clock;
        key_schedule$0$key_word0 = key_register$key_word0;
        key_schedule$0$key_word1 = key_register$key_word1;
        key_schedule$0$key_word2 = key_register$key_word2;
        key_schedule$0$key_word3 = key_register$key_word3;
        key_schedule$0$reset = reset || key$clear;
        key_schedule$0$restart = restart & ~use_ascon;
        key_schedule$0$ks_ready = lanes$ks_ready & ~use_ascon;
        if (~use_ascon) begin
            lanes$ks_data = key_schedule$0$ks_data;
            lanes$ks_valid = key_schedule$0$ks_valid;
        end
        lanes$reset = flush_q$q;
        lanes$locked_data = locked_data;
        lanes$locked_valid = locked_valid;
        locked_ready = lanes$locked_ready;
        plain_data = lanes$plain_data;
        plain_valid = lanes$plain_valid;
        lanes$plain_ready = plain_ready;
    end
    
endmodule // top$core$unlock


module top$core$unlock$flush_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$flush_q


module top$core$unlock$key_register(clock,reset,key$write,key$write_data,key$commit,key$clear,key$discard,key$commit_error,key$loaded,key_word0,key_word1,key_word2,key_word3);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  key$write;
    input wire  [7:0] key$write_data;
    input wire  key$commit;
    input wire  key$clear;
    input wire  key$discard;
    output reg  key$commit_error;
    output reg  key$loaded;
    output reg  [31:0] key_word0;
    output reg  [31:0] key_word1;
    output reg  [31:0] key_word2;
    output reg  [31:0] key_word3;
    
    // Constant declarations
    localparam  full_count = 5'b10000;
    localparam  too_many = 5'b10001;
    localparam  zero_word = 32'h0;
    localparam  zero_count = 5'b0;
    localparam  one = 5'b1;
    
    // Stub signals
    reg  [31:0] staging0$d;
    wire  [31:0] staging0$q;
    reg  staging0$clock;
    reg  [31:0] staging1$d;
    wire  [31:0] staging1$q;
    reg  staging1$clock;
    reg  [31:0] staging2$d;
    wire  [31:0] staging2$q;
    reg  staging2$clock;
    reg  [31:0] staging3$d;
    wire  [31:0] staging3$q;
    reg  staging3$clock;
    reg  [31:0] key0$d;
    wire  [31:0] key0$q;
    reg  key0$clock;
    reg  [31:0] key1$d;
    wire  [31:0] key1$q;
    reg  key1$clock;
    reg  [31:0] key2$d;
    wire  [31:0] key2$q;
    reg  key2$clock;
    reg  [31:0] key3$d;
    wire  [31:0] key3$q;
    reg  key3$clock;
    reg  write_q$d;
    wire  write_q$q;
    reg  write_q$clock;
    reg  [7:0] data_q$d;
    wire  [7:0] data_q$q;
    reg  data_q$clock;
    reg  commit_q$d;
    wire  commit_q$q;
    reg  commit_q$clock;
    reg  staging_load$d;
    wire  staging_load$q;
    reg  staging_load$clock;
    reg  key_load$d;
    wire  key_load$q;
    reg  key_load$clock;
    reg  zero$d;
    wire  zero$q;
    reg  zero$clock;
    reg  [4:0] count$d;
    wire  [4:0] count$q;
    reg  count$clock;
    reg  full$d;
    wire  full$q;
    reg  full$clock;
    reg  loaded$d;
    wire  loaded$q;
    reg  loaded$clock;
    reg  error$d;
    wire  error$q;
    reg  error$clock;
    reg  committed$d;
    wire  committed$q;
    reg  committed$clock;
    
    // Local signals
    reg  clear_now;
    reg  drop_staging;
    reg  commit_ok;
    reg  [4:0] count_plus_one;
    reg  [4:0] count_next;
    reg  [31:0] byte_at_top;
    
    // Sub module instances
    top$core$unlock$key_register$staging0 staging0(
        .d(staging0$d),
        .q(staging0$q),
        .clock(staging0$clock)
    );
    top$core$unlock$key_register$staging1 staging1(
        .d(staging1$d),
        .q(staging1$q),
        .clock(staging1$clock)
    );
    top$core$unlock$key_register$staging2 staging2(
        .d(staging2$d),
        .q(staging2$q),
        .clock(staging2$clock)
    );
    top$core$unlock$key_register$staging3 staging3(
        .d(staging3$d),
        .q(staging3$q),
        .clock(staging3$clock)
    );
    top$core$unlock$key_register$key0 key0(
        .d(key0$d),
        .q(key0$q),
        .clock(key0$clock)
    );
    top$core$unlock$key_register$key1 key1(
        .d(key1$d),
        .q(key1$q),
        .clock(key1$clock)
    );
    top$core$unlock$key_register$key2 key2(
        .d(key2$d),
        .q(key2$q),
        .clock(key2$clock)
    );
    top$core$unlock$key_register$key3 key3(
        .d(key3$d),
        .q(key3$q),
        .clock(key3$clock)
    );
    top$core$unlock$key_register$write_q write_q(
        .d(write_q$d),
        .q(write_q$q),
        .clock(write_q$clock)
    );
    top$core$unlock$key_register$data_q data_q(
        .d(data_q$d),
        .q(data_q$q),
        .clock(data_q$clock)
    );
    top$core$unlock$key_register$commit_q commit_q(
        .d(commit_q$d),
        .q(commit_q$q),
        .clock(commit_q$clock)
    );
    top$core$unlock$key_register$staging_load staging_load(
        .d(staging_load$d),
        .q(staging_load$q),
        .clock(staging_load$clock)
    );
    top$core$unlock$key_register$key_load key_load(
        .d(key_load$d),
        .q(key_load$q),
        .clock(key_load$clock)
    );
    top$core$unlock$key_register$zero zero(
        .d(zero$d),
        .q(zero$q),
        .clock(zero$clock)
    );
    top$core$unlock$key_register$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$core$unlock$key_register$full full(
        .d(full$d),
        .q(full$q),
        .clock(full$clock)
    );
    top$core$unlock$key_register$loaded loaded(
        .d(loaded$d),
        .q(loaded$q),
        .clock(loaded$clock)
    );
    top$core$unlock$key_register$error error(
        .d(error$d),
        .q(error$q),
        .clock(error$clock)
    );
    top$core$unlock$key_register$committed committed(
        .d(committed$d),
        .q(committed$q),
        .clock(committed$clock)
    );
    
    // Update code
    always @(*) begin
        staging0$clock = clock;
        staging1$clock = clock;
        staging2$clock = clock;
        staging3$clock = clock;
        key0$clock = clock;
        key1$clock = clock;
        key2$clock = clock;
        key3$clock = clock;
        write_q$clock = clock;
        data_q$clock = clock;
        commit_q$clock = clock;
        staging_load$clock = clock;
        key_load$clock = clock;
        zero$clock = clock;
        count$clock = clock;
        full$clock = clock;
        loaded$clock = clock;
        error$clock = clock;
        committed$clock = clock;
        staging0$d = staging0$q;
        staging1$d = staging1$q;
        staging2$d = staging2$q;
        staging3$d = staging3$q;
        key0$d = key0$q;
        key1$d = key1$q;
        key2$d = key2$q;
        key3$d = key3$q;
        write_q$d = write_q$q;
        data_q$d = data_q$q;
        commit_q$d = commit_q$q;
        staging_load$d = staging_load$q;
        key_load$d = key_load$q;
        zero$d = zero$q;
        count$d = count$q;
        full$d = full$q;
        loaded$d = loaded$q;
        error$d = error$q;
        committed$d = committed$q;
        clear_now = key$clear || reset;
        write_q$d = key$write && ~clear_now;
        data_q$d = key$write_data;
        commit_q$d = key$commit && ~clear_now;
        commit_ok = commit_q$q && full$q && ~write_q$q;
        drop_staging = clear_now || key$discard;
        staging_load$d = key$write || drop_staging;
        key_load$d = commit_ok || clear_now;
        zero$d = drop_staging;
        count_plus_one = count$q + one;
        count_next = count$q;
        if (write_q$q && (count$q != too_many)) begin
            count_next = count_plus_one;
        end
        if (commit_q$q || drop_staging) begin
            count_next = zero_count;
        end
        count$d = count_next;
        full$d = count_next == full_count;
        error$d = commit_q$q && ~commit_ok;
        committed$d = commit_ok;
        if (committed$q) begin
            loaded$d = 1'b1;
        end
        if (clear_now) begin
            loaded$d = 1'b0;
            error$d = 1'b0;
        end
        byte_at_top = ((data_q$q) & 32'hffffffff) << 32'h18;
        if (staging_load$q) begin
            if (zero$q) begin
                staging0$d = zero_word;
                staging1$d = zero_word;
                staging2$d = zero_word;
                staging3$d = zero_word;
            end
            else begin
                staging3$d = (staging3$q >> 32'h8) | byte_at_top;
                staging2$d = (staging2$q >> 32'h8) | (staging3$q << 32'h18);
                staging1$d = (staging1$q >> 32'h8) | (staging2$q << 32'h18);
                staging0$d = (staging0$q >> 32'h8) | (staging1$q << 32'h18);
            end
        end
        if (key_load$q) begin
            if (zero$q) begin
                key0$d = zero_word;
                key1$d = zero_word;
                key2$d = zero_word;
                key3$d = zero_word;
            end
            else begin
                key0$d = staging0$q;
                key1$d = staging1$q;
                key2$d = staging2$q;
                key3$d = staging3$q;
            end
        end
        key$commit_error = error$q;
        key$loaded = loaded$q;
        key_word0 = key0$q;
        key_word1 = key1$q;
        key_word2 = key2$q;
        key_word3 = key3$q;
    end
    
endmodule // top$core$unlock$key_register


module top$core$unlock$key_register$commit_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$commit_q


module top$core$unlock$key_register$committed(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$committed


module top$core$unlock$key_register$count(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$count


module top$core$unlock$key_register$data_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$data_q


module top$core$unlock$key_register$error(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$error


module top$core$unlock$key_register$full(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$full


module top$core$unlock$key_register$key0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key0


module top$core$unlock$key_register$key1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key1


module top$core$unlock$key_register$key2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key2


module top$core$unlock$key_register$key3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key3


module top$core$unlock$key_register$key_load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$key_load


module top$core$unlock$key_register$loaded(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$loaded


module top$core$unlock$key_register$staging0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging0


module top$core$unlock$key_register$staging1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging1


module top$core$unlock$key_register$staging2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging2


module top$core$unlock$key_register$staging3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging3


module top$core$unlock$key_register$staging_load(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$staging_load


module top$core$unlock$key_register$write_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$write_q


module top$core$unlock$key_register$zero(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_register$zero


module top$core$unlock$key_schedule$0(clock,reset,restart,key_word0,key_word1,key_word2,key_word3,ks_data,ks_valid,ks_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  restart;
    input wire  [31:0] key_word0;
    input wire  [31:0] key_word1;
    input wire  [31:0] key_word2;
    input wire  [31:0] key_word3;
    output reg  [15:0] ks_data;
    output reg  ks_valid;
    input wire  ks_ready;
    
    // Constant declarations
    localparam  first_rcon = 8'h1;
    localparam  poly_low = 8'h1b;
    localparam  groups = 3'b100;
    localparam  last_beat_index = 3'b11;
    localparam  beat_mask = 3'b11;
    localparam  group_mask = 3'b11;
    localparam  group_force = 3'b0;
    localparam  prime_advances = 5'b10001;
    localparam  prime_first = 5'b1;
    localparam  prime_last = 5'b10000;
    localparam  zero5 = 5'b0;
    localparam  one = 3'b1;
    localparam  zero3 = 3'b0;
    localparam  zero8 = 8'h0;
    localparam  zero32 = 32'h0;
    localparam  group_shift = 8'h3;
    localparam  group_bits = 8'h8;
    localparam  top_shift = 8'h18;
    localparam  beat_shift = 8'h4;
    
    // Stub signals
    reg  sbox$clock;
    reg  sbox$enable;
    reg  [7:0] sbox$data_in;
    wire  [7:0] sbox$data_out;
    reg  [31:0] s0$d;
    wire  [31:0] s0$q;
    reg  s0$clock;
    reg  [31:0] s1$d;
    wire  [31:0] s1$q;
    reg  s1$clock;
    reg  [31:0] s2$d;
    wire  [31:0] s2$q;
    reg  s2$clock;
    reg  [31:0] s3$d;
    wire  [31:0] s3$q;
    reg  s3$clock;
    reg  [7:0] rcon$d;
    wire  [7:0] rcon$q;
    reg  rcon$clock;
    reg  [31:0] collected$d;
    wire  [31:0] collected$q;
    reg  collected$clock;
    reg  phase3$d;
    wire  phase3$q;
    reg  phase3$clock;
    reg  [2:0] lookups$d;
    wire  [2:0] lookups$q;
    reg  lookups$clock;
    reg  [2:0] beat$d;
    wire  [2:0] beat$q;
    reg  beat$clock;
    reg  [4:0] prime$d;
    wire  [4:0] prime$q;
    reg  prime$clock;
    reg  started$d;
    wire  started$q;
    reg  started$clock;
    reg  on_last_beat$d;
    wire  on_last_beat$q;
    reg  on_last_beat$clock;
    reg  kick$d;
    wire  kick$q;
    reg  kick$clock;
    reg  restart_q$d;
    wire  restart_q$q;
    reg  restart_q$clock;
    reg  reset_q$d;
    wire  reset_q$q;
    reg  reset_q$clock;
    reg  load_q$d;
    wire  load_q$q;
    reg  load_q$clock;
    
    // Local signals
    reg  [7:0] x;
    reg  [4:0] lookup_offset;
    reg  [2:0] group;
    reg  [31:0] sbox_at_top;
    reg  [31:0] sub_word;
    reg  [31:0] rotated;
    reg  [31:0] rcon_word;
    reg  [31:0] feedback;
    reg  [31:0] next_a;
    reg  [31:0] next_b;
    reg  [7:0] rcon_shifted;
    reg  [7:0] rcon_doubled;
    reg  [2:0] beat_plus_one;
    reg  [2:0] lookups_plus_one;
    reg  [2:0] beat_next;
    reg  started_next;
    reg  [4:0] prime_next;
    reg  take_beat;
    reg  update;
    reg  lookup;
    reg  [63:0] pair;
    reg  [5:0] beat_offset;
    
    // Sub module instances
    top$core$unlock$key_schedule$0$sbox sbox(
        .clock(sbox$clock),
        .enable(sbox$enable),
        .data_in(sbox$data_in),
        .data_out(sbox$data_out)
    );
    top$core$unlock$key_schedule$0$s0 s0(
        .d(s0$d),
        .q(s0$q),
        .clock(s0$clock)
    );
    top$core$unlock$key_schedule$0$s1 s1(
        .d(s1$d),
        .q(s1$q),
        .clock(s1$clock)
    );
    top$core$unlock$key_schedule$0$s2 s2(
        .d(s2$d),
        .q(s2$q),
        .clock(s2$clock)
    );
    top$core$unlock$key_schedule$0$s3 s3(
        .d(s3$d),
        .q(s3$q),
        .clock(s3$clock)
    );
    top$core$unlock$key_schedule$0$rcon rcon(
        .d(rcon$d),
        .q(rcon$q),
        .clock(rcon$clock)
    );
    top$core$unlock$key_schedule$0$collected collected(
        .d(collected$d),
        .q(collected$q),
        .clock(collected$clock)
    );
    top$core$unlock$key_schedule$0$phase3 phase3(
        .d(phase3$d),
        .q(phase3$q),
        .clock(phase3$clock)
    );
    top$core$unlock$key_schedule$0$lookups lookups(
        .d(lookups$d),
        .q(lookups$q),
        .clock(lookups$clock)
    );
    top$core$unlock$key_schedule$0$beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    top$core$unlock$key_schedule$0$prime prime(
        .d(prime$d),
        .q(prime$q),
        .clock(prime$clock)
    );
    top$core$unlock$key_schedule$0$started started(
        .d(started$d),
        .q(started$q),
        .clock(started$clock)
    );
    top$core$unlock$key_schedule$0$on_last_beat on_last_beat(
        .d(on_last_beat$d),
        .q(on_last_beat$q),
        .clock(on_last_beat$clock)
    );
    top$core$unlock$key_schedule$0$kick kick(
        .d(kick$d),
        .q(kick$q),
        .clock(kick$clock)
    );
    top$core$unlock$key_schedule$0$restart_q restart_q(
        .d(restart_q$d),
        .q(restart_q$q),
        .clock(restart_q$clock)
    );
    top$core$unlock$key_schedule$0$reset_q reset_q(
        .d(reset_q$d),
        .q(reset_q$q),
        .clock(reset_q$clock)
    );
    top$core$unlock$key_schedule$0$load_q load_q(
        .d(load_q$d),
        .q(load_q$q),
        .clock(load_q$clock)
    );
    
    // Update code
    always @(*) begin
        s0$clock = clock;
        s1$clock = clock;
        s2$clock = clock;
        s3$clock = clock;
        rcon$clock = clock;
        collected$clock = clock;
        phase3$clock = clock;
        lookups$clock = clock;
        beat$clock = clock;
        prime$clock = clock;
        started$clock = clock;
        on_last_beat$clock = clock;
        kick$clock = clock;
        restart_q$clock = clock;
        reset_q$clock = clock;
        load_q$clock = clock;
        s0$d = s0$q;
        s1$d = s1$q;
        s2$d = s2$q;
        s3$d = s3$q;
        rcon$d = rcon$q;
        collected$d = collected$q;
        phase3$d = phase3$q;
        lookups$d = lookups$q;
        beat$d = beat$q;
        prime$d = prime$q;
        started$d = started$q;
        on_last_beat$d = on_last_beat$q;
        kick$d = kick$q;
        restart_q$d = restart_q$q;
        reset_q$d = reset_q$q;
        load_q$d = load_q$q;
        sbox$clock = clock;
        restart_q$d = restart;
        reset_q$d = reset;
        load_q$d = restart || reset;
        sbox_at_top = ((sbox$data_out) & 32'hffffffff) << top_shift;
        sub_word = (collected$q >> group_bits) | sbox_at_top;
        rotated = (sub_word >> 32'h8) | (sub_word << 32'h18);
        rcon_word = ((rcon$q) & 32'hffffffff);
        if (phase3$q) begin
            feedback = rotated ^ rcon_word;
        end
        else begin
            feedback = s3$q;
        end
        next_a = s0$q ^ feedback;
        next_b = s1$q ^ next_a;
        rcon_shifted = rcon$q << 32'h1;
        if (rcon$q[32'h7]) begin
            rcon_doubled = rcon_shifted ^ poly_low;
        end
        else begin
            rcon_doubled = rcon_shifted;
        end
        take_beat = started$q && ks_ready;
        update = (on_last_beat$q && ks_ready) || kick$q;
        if (update) begin
            if (reset_q$q) begin
                s0$d = zero32;
                s1$d = zero32;
                s2$d = zero32;
                s3$d = zero32;
                rcon$d = zero8;
                phase3$d = 1'b0;
            end
            else if (restart_q$q) begin
                s0$d = key_word1 ^ key_word2;
                s1$d = key_word2 ^ key_word3;
                s2$d = key_word0;
                s3$d = key_word1;
                rcon$d = first_rcon;
                phase3$d = 1'b0;
            end
            else begin
                s0$d = s2$q;
                s1$d = s3$q;
                s2$d = next_a;
                s3$d = next_b;
                phase3$d = ~phase3$q;
                if (phase3$q) begin
                    rcon$d = rcon_doubled;
                end
            end
        end
        x = s0$q[(32'h0)+:(8)] ^ s1$q[(32'h0)+:(8)] ^ s3$q[(32'h0)+:(8)];
        group = (lookups$q & group_mask) | group_force;
        lookup_offset = ((group) & 5'h1f) << group_shift;
        if (phase3$q) begin
            lookup = lookups$q != groups;
            sbox$data_in = s3$q[(lookup_offset)+:(8)];
        end
        else begin
            lookup = 1'b1;
            sbox$data_in = x;
        end
        sbox$enable = lookup;
        lookups_plus_one = lookups$q + one;
        if (phase3$q) begin
            if (lookup) begin
                lookups$d = lookups_plus_one;
                collected$d = sub_word;
            end
        end
        else begin
            lookups$d = one;
        end
        beat_plus_one = beat$q + one;
        beat_next = beat$q;
        if (take_beat) begin
            if (on_last_beat$q) begin
                beat_next = zero3;
            end
            else begin
                beat_next = beat_plus_one;
            end
        end
        started_next = started$q || ((prime$q & prime_last) != zero5);
        prime_next = prime$q << 32'h1;
        if (load_q$q) begin
            beat_next = zero3;
            started_next = 1'b0;
            if (restart_q$q) begin
                prime_next = prime_first;
            end
            else begin
                prime_next = zero5;
            end
        end
        beat$d = beat_next & beat_mask;
        started$d = started_next;
        prime$d = prime_next;
        on_last_beat$d = started_next && (beat_next == last_beat_index);
        kick$d = restart || reset || ((prime_next & prime_advances) != zero5);
        pair = (((s3$q) & 64'hffffffffffffffff) << 32'h20) | ((s2$q) & 64'hffffffffffffffff);
        beat_offset = ((beat$q) & 6'h3f) << beat_shift;
        ks_data = pair[(beat_offset)+:(16)];
        ks_valid = started$q;
    end
    
endmodule // top$core$unlock$key_schedule$0


module top$core$unlock$key_schedule$0$beat(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$beat


module top$core$unlock$key_schedule$0$collected(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$collected


module top$core$unlock$key_schedule$0$kick(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$kick


module top$core$unlock$key_schedule$0$load_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$load_q


module top$core$unlock$key_schedule$0$lookups(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$lookups


module top$core$unlock$key_schedule$0$on_last_beat(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$on_last_beat


module top$core$unlock$key_schedule$0$phase3(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$phase3


module top$core$unlock$key_schedule$0$prime(d,q,clock);
    
    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 5'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$prime


module top$core$unlock$key_schedule$0$rcon(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$rcon


module top$core$unlock$key_schedule$0$reset_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$reset_q


module top$core$unlock$key_schedule$0$restart_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$restart_q


module top$core$unlock$key_schedule$0$s0(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$s0


module top$core$unlock$key_schedule$0$s1(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$s1


module top$core$unlock$key_schedule$0$s2(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$s2


module top$core$unlock$key_schedule$0$s3(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$s3


module top$core$unlock$key_schedule$0$sbox(clock,enable,data_in,data_out);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  [7:0] data_in;
    output reg  [7:0] data_out;
    
    // Update code (custom)
    // 1 x Forward S-Box as composite-field logic (135 XOR + 58 AND per byte, depth 14 + 8),
    // registered in the middle (enable = enable): same latency as the block RAM
    wire [7:0] b0_x = data_in[7:0];
    wire b0_ag0 = b0_x[0] ^ b0_x[3];
    wire b0_ag1 = b0_x[4] ^ b0_x[5];
    wire b0_ag2 = b0_x[3] ^ b0_ag1;
    wire b0_ag3 = b0_x[1] ^ b0_x[3];
    wire b0_ag4 = b0_x[5] ^ b0_x[6];
    wire b0_ag5 = b0_x[4] ^ b0_ag4;
    wire b0_ag6 = b0_ag3 ^ b0_ag5;
    wire b0_ag7 = b0_x[6] ^ b0_x[7];
    wire b0_ag8 = b0_x[3] ^ b0_ag7;
    wire b0_ag9 = b0_x[5] ^ b0_x[7];
    wire b0_ag10 = b0_x[1] ^ b0_ag9;
    wire b0_ag11 = b0_x[2] ^ b0_x[3];
    wire b0_ag12 = b0_x[1] ^ b0_x[4];
    wire b0_ag13 = b0_ag7 ^ b0_ag12;
    wire b0_ag14 = b0_ag9 ^ b0_ag13;
    wire b0_ag15 = b0_ag11 ^ b0_ag14;
    wire b0_ag16 = b0_ag10 ^ b0_ag14;
    wire b0_ag17 = b0_ag0 ^ b0_ag6;
    wire b0_ag18 = b0_ag2 ^ b0_ag8;
    wire b0_ag19 = b0_ag0 & b0_ag10;
    wire b0_ag20 = b0_ag8 & b0_ag11;
    wire b0_ag21 = b0_ag6 & b0_ag13;
    wire b0_ag22 = b0_ag2 & b0_ag9;
    wire b0_ag23 = b0_ag19 ^ b0_ag20;
    wire b0_ag24 = b0_ag21 ^ b0_ag22;
    wire b0_ag25 = b0_ag23 ^ b0_ag24;
    wire b0_ag26 = b0_ag2 & b0_ag10;
    wire b0_ag27 = b0_ag0 & b0_ag11;
    wire b0_ag28 = b0_ag8 & b0_ag13;
    wire b0_ag29 = b0_ag6 & b0_ag9;
    wire b0_ag30 = b0_ag20 ^ b0_ag27;
    wire b0_ag31 = b0_ag26 ^ b0_ag30;
    wire b0_ag32 = b0_ag21 ^ b0_ag28;
    wire b0_ag33 = b0_ag22 ^ b0_ag29;
    wire b0_ag34 = b0_ag32 ^ b0_ag33;
    wire b0_ag35 = b0_ag31 ^ b0_ag34;
    wire b0_ag36 = b0_ag6 & b0_ag10;
    wire b0_ag37 = b0_ag2 & b0_ag11;
    wire b0_ag38 = b0_ag0 & b0_ag13;
    wire b0_ag39 = b0_ag8 & b0_ag9;
    wire b0_ag40 = b0_ag37 ^ b0_ag38;
    wire b0_ag41 = b0_ag36 ^ b0_ag40;
    wire b0_ag42 = b0_ag29 ^ b0_ag39;
    wire b0_ag43 = b0_ag28 ^ b0_ag42;
    wire b0_ag44 = b0_ag41 ^ b0_ag43;
    wire b0_ag45 = b0_ag8 & b0_ag10;
    wire b0_ag46 = b0_ag6 & b0_ag11;
    wire b0_ag47 = b0_ag2 & b0_ag13;
    wire b0_ag48 = b0_ag0 & b0_ag9;
    wire b0_ag49 = b0_ag45 ^ b0_ag46;
    wire b0_ag50 = b0_ag39 ^ b0_ag48;
    wire b0_ag51 = b0_ag47 ^ b0_ag50;
    wire b0_ag52 = b0_ag49 ^ b0_ag51;
    wire b0_ag53 = b0_ag17 ^ b0_ag25;
    wire b0_ag54 = b0_ag13 ^ b0_ag53;
    wire b0_ag55 = b0_ag6 ^ b0_ag35;
    wire b0_ag56 = b0_ag15 ^ b0_ag55;
    wire b0_ag57 = b0_ag18 ^ b0_ag44;
    wire b0_ag58 = b0_ag11 ^ b0_ag57;
    wire b0_ag59 = b0_ag8 ^ b0_ag52;
    wire b0_ag60 = b0_ag16 ^ b0_ag59;
    wire b0_ag61 = b0_ag54 & b0_ag58;
    wire b0_ag62 = b0_ag56 & b0_ag58;
    wire b0_ag63 = b0_ag54 & b0_ag56;
    wire b0_ag64 = b0_ag58 & b0_ag63;
    wire b0_ag65 = b0_ag60 & b0_ag62;
    wire b0_ag66 = b0_ag54 ^ b0_ag56;
    wire b0_ag67 = b0_ag58 ^ b0_ag61;
    wire b0_ag68 = b0_ag66 ^ b0_ag67;
    wire b0_ag69 = b0_ag62 ^ b0_ag64;
    wire b0_ag70 = b0_ag60 ^ b0_ag65;
    wire b0_ag71 = b0_ag69 ^ b0_ag70;
    wire b0_ag72 = b0_ag68 ^ b0_ag71;
    wire b0_ag73 = b0_ag56 & b0_ag60;
    wire b0_ag74 = b0_ag60 & b0_ag63;
    wire b0_ag75 = b0_ag61 ^ b0_ag62;
    wire b0_ag76 = b0_ag63 ^ b0_ag75;
    wire b0_ag77 = b0_ag73 ^ b0_ag74;
    wire b0_ag78 = b0_ag60 ^ b0_ag77;
    wire b0_ag79 = b0_ag76 ^ b0_ag78;
    wire b0_ag80 = b0_ag54 & b0_ag60;
    wire b0_ag81 = b0_ag60 & b0_ag61;
    wire b0_ag82 = b0_ag63 ^ b0_ag67;
    wire b0_ag83 = b0_ag80 ^ b0_ag81;
    wire b0_ag84 = b0_ag60 ^ b0_ag83;
    wire b0_ag85 = b0_ag82 ^ b0_ag84;
    wire b0_ag86 = b0_ag58 & b0_ag60;
    wire b0_ag87 = b0_ag58 ^ b0_ag60;
    wire b0_ag88 = b0_ag56 ^ b0_ag87;
    wire b0_ag89 = b0_ag73 ^ b0_ag80;
    wire b0_ag90 = b0_ag65 ^ b0_ag86;
    wire b0_ag91 = b0_ag89 ^ b0_ag90;
    wire b0_ag92 = b0_ag88 ^ b0_ag91;
    wire [11:0] b0_m_next = {b0_ag92, b0_ag85, b0_ag79, b0_ag72, b0_ag9, b0_ag13, b0_ag11, b0_ag10, b0_ag8, b0_ag6, b0_ag2, b0_ag0};
    reg [11:0] b0_m;
    wire b0_bg0 = b0_m[4] & b0_m[8];
    wire b0_bg1 = b0_m[5] & b0_m[11];
    wire b0_bg2 = b0_m[6] & b0_m[10];
    wire b0_bg3 = b0_m[7] & b0_m[9];
    wire b0_bg4 = b0_bg0 ^ b0_bg1;
    wire b0_bg5 = b0_bg2 ^ b0_bg3;
    wire b0_bg6 = b0_bg4 ^ b0_bg5;
    wire b0_bg7 = b0_m[4] & b0_m[9];
    wire b0_bg8 = b0_m[5] & b0_m[8];
    wire b0_bg9 = b0_m[6] & b0_m[11];
    wire b0_bg10 = b0_m[7] & b0_m[10];
    wire b0_bg11 = b0_bg1 ^ b0_bg8;
    wire b0_bg12 = b0_bg7 ^ b0_bg11;
    wire b0_bg13 = b0_bg2 ^ b0_bg9;
    wire b0_bg14 = b0_bg3 ^ b0_bg10;
    wire b0_bg15 = b0_bg13 ^ b0_bg14;
    wire b0_bg16 = b0_bg12 ^ b0_bg15;
    wire b0_bg17 = b0_m[4] & b0_m[10];
    wire b0_bg18 = b0_m[5] & b0_m[9];
    wire b0_bg19 = b0_m[6] & b0_m[8];
    wire b0_bg20 = b0_m[7] & b0_m[11];
    wire b0_bg21 = b0_bg18 ^ b0_bg19;
    wire b0_bg22 = b0_bg17 ^ b0_bg21;
    wire b0_bg23 = b0_bg10 ^ b0_bg20;
    wire b0_bg24 = b0_bg9 ^ b0_bg23;
    wire b0_bg25 = b0_bg22 ^ b0_bg24;
    wire b0_bg26 = b0_m[4] & b0_m[11];
    wire b0_bg27 = b0_m[5] & b0_m[10];
    wire b0_bg28 = b0_m[6] & b0_m[9];
    wire b0_bg29 = b0_m[7] & b0_m[8];
    wire b0_bg30 = b0_bg26 ^ b0_bg27;
    wire b0_bg31 = b0_bg20 ^ b0_bg29;
    wire b0_bg32 = b0_bg28 ^ b0_bg31;
    wire b0_bg33 = b0_bg30 ^ b0_bg32;
    wire b0_bg34 = b0_m[0] ^ b0_m[4];
    wire b0_bg35 = b0_m[1] ^ b0_m[5];
    wire b0_bg36 = b0_m[2] ^ b0_m[6];
    wire b0_bg37 = b0_m[3] ^ b0_m[7];
    wire b0_bg38 = b0_m[8] & b0_bg34;
    wire b0_bg39 = b0_m[11] & b0_bg35;
    wire b0_bg40 = b0_m[10] & b0_bg36;
    wire b0_bg41 = b0_m[9] & b0_bg37;
    wire b0_bg42 = b0_bg38 ^ b0_bg39;
    wire b0_bg43 = b0_bg40 ^ b0_bg41;
    wire b0_bg44 = b0_bg42 ^ b0_bg43;
    wire b0_bg45 = b0_m[9] & b0_bg34;
    wire b0_bg46 = b0_m[8] & b0_bg35;
    wire b0_bg47 = b0_m[11] & b0_bg36;
    wire b0_bg48 = b0_m[10] & b0_bg37;
    wire b0_bg49 = b0_bg39 ^ b0_bg46;
    wire b0_bg50 = b0_bg45 ^ b0_bg49;
    wire b0_bg51 = b0_bg40 ^ b0_bg47;
    wire b0_bg52 = b0_bg41 ^ b0_bg48;
    wire b0_bg53 = b0_bg51 ^ b0_bg52;
    wire b0_bg54 = b0_bg50 ^ b0_bg53;
    wire b0_bg55 = b0_m[10] & b0_bg34;
    wire b0_bg56 = b0_m[9] & b0_bg35;
    wire b0_bg57 = b0_m[8] & b0_bg36;
    wire b0_bg58 = b0_m[11] & b0_bg37;
    wire b0_bg59 = b0_bg56 ^ b0_bg57;
    wire b0_bg60 = b0_bg55 ^ b0_bg59;
    wire b0_bg61 = b0_bg48 ^ b0_bg58;
    wire b0_bg62 = b0_bg47 ^ b0_bg61;
    wire b0_bg63 = b0_bg60 ^ b0_bg62;
    wire b0_bg64 = b0_m[11] & b0_bg34;
    wire b0_bg65 = b0_m[10] & b0_bg35;
    wire b0_bg66 = b0_m[9] & b0_bg36;
    wire b0_bg67 = b0_m[8] & b0_bg37;
    wire b0_bg68 = b0_bg64 ^ b0_bg65;
    wire b0_bg69 = b0_bg58 ^ b0_bg67;
    wire b0_bg70 = b0_bg66 ^ b0_bg69;
    wire b0_bg71 = b0_bg68 ^ b0_bg70;
    wire b0_bg72 = b0_bg54 ^ b0_bg63;
    wire b0_bg73 = b0_bg44 ^ b0_bg72;
    wire b0_bg74 = b0_bg25 ^ b0_bg71;
    wire b0_bg75 = 1'b1 ^ b0_bg33;
    wire b0_bg76 = b0_bg74 ^ b0_bg75;
    wire b0_bg77 = b0_bg73 ^ b0_bg76;
    wire b0_bg78 = b0_bg44 ^ b0_bg54;
    wire b0_bg79 = 1'b1 ^ b0_bg25;
    wire b0_bg80 = b0_bg78 ^ b0_bg79;
    wire b0_bg81 = b0_bg63 ^ b0_bg71;
    wire b0_bg82 = b0_bg44 ^ b0_bg81;
    wire b0_bg83 = b0_bg16 ^ b0_bg25;
    wire b0_bg84 = b0_bg6 ^ b0_bg83;
    wire b0_bg85 = b0_bg82 ^ b0_bg84;
    wire b0_bg86 = b0_bg16 ^ b0_bg71;
    wire b0_bg87 = b0_bg63 ^ b0_bg86;
    wire b0_bg88 = b0_bg78 ^ b0_bg87;
    wire b0_bg89 = b0_bg44 ^ b0_bg71;
    wire b0_bg90 = b0_bg83 ^ b0_bg89;
    wire b0_bg91 = b0_bg6 ^ b0_bg63;
    wire b0_bg92 = b0_bg54 ^ b0_bg91;
    wire b0_bg93 = b0_bg16 ^ b0_bg79;
    wire b0_bg94 = b0_bg92 ^ b0_bg93;
    wire b0_bg95 = b0_bg6 ^ b0_bg16;
    wire b0_bg96 = b0_bg79 ^ b0_bg95;
    wire b0_bg97 = b0_bg25 ^ b0_bg33;
    wire b0_bg98 = b0_bg71 ^ b0_bg97;
    wire b0_bg99 = b0_bg72 ^ b0_bg98;
    wire [7:0] b0_y = {b0_bg99, b0_bg96, b0_bg94, b0_bg90, b0_bg88, b0_bg85, b0_bg80, b0_bg77};
    always @(posedge clock) begin
        if (enable) begin
            b0_m <= b0_m_next;
        end
    end
    always @(*) data_out = {b0_y};
endmodule // top$core$unlock$key_schedule$0$sbox


module top$core$unlock$key_schedule$0$started(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$key_schedule$0$started


module top$core$unlock$lanes(clock,reset,locked_data,locked_valid,locked_ready,ks_data,ks_valid,ks_ready,plain_data,plain_valid,plain_ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [15:0] locked_data;
    input wire  locked_valid;
    output reg  locked_ready;
    input wire  [15:0] ks_data;
    input wire  ks_valid;
    output reg  ks_ready;
    output reg  [15:0] plain_data;
    output reg  plain_valid;
    input wire  plain_ready;
    
    // Stub signals
    reg  inv_sbox$clock;
    reg  inv_sbox$enable;
    reg  [15:0] inv_sbox$data_in;
    wire  [15:0] inv_sbox$data_out;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [15:0] plain$d;
    wire  [15:0] plain$q;
    reg  plain$clock;
    
    // Local signals
    reg  key_wanted;
    reg  move_ab;
    reg  take;
    
    // Sub module instances
    top$core$unlock$lanes$inv_sbox inv_sbox(
        .clock(inv_sbox$clock),
        .enable(inv_sbox$enable),
        .data_in(inv_sbox$data_in),
        .data_out(inv_sbox$data_out)
    );
    top$core$unlock$lanes$a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    top$core$unlock$lanes$b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    top$core$unlock$lanes$plain plain(
        .d(plain$d),
        .q(plain$q),
        .clock(plain$clock)
    );
    
    // Update code
    always @(*) begin
        a_valid$clock = clock;
        b_valid$clock = clock;
        plain$clock = clock;
        a_valid$d = a_valid$q;
        b_valid$d = b_valid$q;
        plain$d = plain$q;
        inv_sbox$clock = clock;
        key_wanted = a_valid$q && (~b_valid$q || plain_ready);
        move_ab = key_wanted && ks_valid;
        take = ~reset && (~a_valid$q || move_ab);
        inv_sbox$enable = take;
        inv_sbox$data_in = locked_data;
        if (take) begin
            a_valid$d = locked_valid;
        end
        if (move_ab) begin
            b_valid$d = 1'b1;
        end
        else if (plain_ready) begin
            b_valid$d = 1'b0;
        end
        if (move_ab) begin
            plain$d = inv_sbox$data_out ^ ks_data;
        end
        if (reset) begin
            a_valid$d = 1'b0;
            b_valid$d = 1'b0;
        end
        locked_ready = take;
        ks_ready = key_wanted;
        plain_data = plain$q;
        plain_valid = b_valid$q && ~reset;
    end
    
endmodule // top$core$unlock$lanes


module top$core$unlock$lanes$a_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$lanes$a_valid


module top$core$unlock$lanes$b_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$lanes$b_valid


module top$core$unlock$lanes$inv_sbox(clock,enable,data_in,data_out);
    
    // Module arguments
    input wire  clock;
    input wire  enable;
    input wire  [15:0] data_in;
    output reg  [15:0] data_out;
    
    // Update code (custom)
    // 2 x Inverse S-Box as composite-field logic (135 XOR + 58 AND per byte, depth 14 + 7),
    // registered in the middle (enable = enable): same latency as the block RAM
    wire [7:0] b0_x = data_in[7:0];
    wire b0_ag0 = 1'b1 ^ b0_x[7];
    wire b0_ag1 = b0_x[0] ^ b0_ag0;
    wire b0_ag2 = b0_x[1] ^ b0_x[3];
    wire b0_ag3 = b0_x[0] ^ b0_ag2;
    wire b0_ag4 = b0_x[4] ^ b0_x[5];
    wire b0_ag5 = b0_x[6] ^ b0_x[7];
    wire b0_ag6 = b0_ag4 ^ b0_ag5;
    wire b0_ag7 = b0_ag3 ^ b0_ag6;
    wire b0_ag8 = b0_x[0] ^ b0_x[1];
    wire b0_ag9 = b0_x[4] ^ b0_x[7];
    wire b0_ag10 = b0_x[3] ^ b0_ag9;
    wire b0_ag11 = b0_ag8 ^ b0_ag10;
    wire b0_ag12 = b0_x[1] ^ b0_x[2];
    wire b0_ag13 = b0_x[4] ^ b0_x[6];
    wire b0_ag14 = b0_x[3] ^ b0_ag13;
    wire b0_ag15 = b0_ag12 ^ b0_ag14;
    wire b0_ag16 = b0_x[3] ^ b0_x[7];
    wire b0_ag17 = b0_x[2] ^ b0_ag16;
    wire b0_ag18 = b0_ag8 ^ b0_ag17;
    wire b0_ag19 = b0_x[0] ^ b0_ag12;
    wire b0_ag20 = b0_ag0 ^ b0_ag4;
    wire b0_ag21 = b0_ag19 ^ b0_ag20;
    wire b0_ag22 = b0_x[3] ^ b0_x[4];
    wire b0_ag23 = b0_x[5] ^ b0_x[6];
    wire b0_ag24 = b0_ag22 ^ b0_ag23;
    wire b0_ag25 = b0_ag5 ^ b0_ag12;
    wire b0_ag26 = b0_ag24 ^ b0_ag25;
    wire b0_ag27 = b0_ag21 ^ b0_ag26;
    wire b0_ag28 = b0_ag18 ^ b0_ag26;
    wire b0_ag29 = b0_ag1 ^ b0_ag11;
    wire b0_ag30 = b0_ag7 ^ b0_ag15;
    wire b0_ag31 = b0_ag1 & b0_ag18;
    wire b0_ag32 = b0_ag15 & b0_ag21;
    wire b0_ag33 = b0_ag11 & b0_ag24;
    wire b0_ag34 = b0_ag7 & b0_ag25;
    wire b0_ag35 = b0_ag31 ^ b0_ag32;
    wire b0_ag36 = b0_ag33 ^ b0_ag34;
    wire b0_ag37 = b0_ag35 ^ b0_ag36;
    wire b0_ag38 = b0_ag7 & b0_ag18;
    wire b0_ag39 = b0_ag1 & b0_ag21;
    wire b0_ag40 = b0_ag15 & b0_ag24;
    wire b0_ag41 = b0_ag11 & b0_ag25;
    wire b0_ag42 = b0_ag32 ^ b0_ag39;
    wire b0_ag43 = b0_ag38 ^ b0_ag42;
    wire b0_ag44 = b0_ag33 ^ b0_ag40;
    wire b0_ag45 = b0_ag34 ^ b0_ag41;
    wire b0_ag46 = b0_ag44 ^ b0_ag45;
    wire b0_ag47 = b0_ag43 ^ b0_ag46;
    wire b0_ag48 = b0_ag11 & b0_ag18;
    wire b0_ag49 = b0_ag7 & b0_ag21;
    wire b0_ag50 = b0_ag1 & b0_ag24;
    wire b0_ag51 = b0_ag15 & b0_ag25;
    wire b0_ag52 = b0_ag49 ^ b0_ag50;
    wire b0_ag53 = b0_ag48 ^ b0_ag52;
    wire b0_ag54 = b0_ag41 ^ b0_ag51;
    wire b0_ag55 = b0_ag40 ^ b0_ag54;
    wire b0_ag56 = b0_ag53 ^ b0_ag55;
    wire b0_ag57 = b0_ag15 & b0_ag18;
    wire b0_ag58 = b0_ag11 & b0_ag21;
    wire b0_ag59 = b0_ag7 & b0_ag24;
    wire b0_ag60 = b0_ag1 & b0_ag25;
    wire b0_ag61 = b0_ag57 ^ b0_ag58;
    wire b0_ag62 = b0_ag51 ^ b0_ag60;
    wire b0_ag63 = b0_ag59 ^ b0_ag62;
    wire b0_ag64 = b0_ag61 ^ b0_ag63;
    wire b0_ag65 = b0_ag29 ^ b0_ag37;
    wire b0_ag66 = b0_ag24 ^ b0_ag65;
    wire b0_ag67 = b0_ag11 ^ b0_ag47;
    wire b0_ag68 = b0_ag27 ^ b0_ag67;
    wire b0_ag69 = b0_ag30 ^ b0_ag56;
    wire b0_ag70 = b0_ag21 ^ b0_ag69;
    wire b0_ag71 = b0_ag15 ^ b0_ag64;
    wire b0_ag72 = b0_ag28 ^ b0_ag71;
    wire b0_ag73 = b0_ag66 & b0_ag70;
    wire b0_ag74 = b0_ag68 & b0_ag70;
    wire b0_ag75 = b0_ag66 & b0_ag68;
    wire b0_ag76 = b0_ag70 & b0_ag75;
    wire b0_ag77 = b0_ag72 & b0_ag74;
    wire b0_ag78 = b0_ag66 ^ b0_ag68;
    wire b0_ag79 = b0_ag70 ^ b0_ag73;
    wire b0_ag80 = b0_ag78 ^ b0_ag79;
    wire b0_ag81 = b0_ag74 ^ b0_ag76;
    wire b0_ag82 = b0_ag72 ^ b0_ag77;
    wire b0_ag83 = b0_ag81 ^ b0_ag82;
    wire b0_ag84 = b0_ag80 ^ b0_ag83;
    wire b0_ag85 = b0_ag68 & b0_ag72;
    wire b0_ag86 = b0_ag72 & b0_ag75;
    wire b0_ag87 = b0_ag73 ^ b0_ag74;
    wire b0_ag88 = b0_ag75 ^ b0_ag87;
    wire b0_ag89 = b0_ag85 ^ b0_ag86;
    wire b0_ag90 = b0_ag72 ^ b0_ag89;
    wire b0_ag91 = b0_ag88 ^ b0_ag90;
    wire b0_ag92 = b0_ag66 & b0_ag72;
    wire b0_ag93 = b0_ag72 & b0_ag73;
    wire b0_ag94 = b0_ag75 ^ b0_ag79;
    wire b0_ag95 = b0_ag92 ^ b0_ag93;
    wire b0_ag96 = b0_ag72 ^ b0_ag95;
    wire b0_ag97 = b0_ag94 ^ b0_ag96;
    wire b0_ag98 = b0_ag70 & b0_ag72;
    wire b0_ag99 = b0_ag70 ^ b0_ag72;
    wire b0_ag100 = b0_ag68 ^ b0_ag99;
    wire b0_ag101 = b0_ag85 ^ b0_ag92;
    wire b0_ag102 = b0_ag77 ^ b0_ag98;
    wire b0_ag103 = b0_ag101 ^ b0_ag102;
    wire b0_ag104 = b0_ag100 ^ b0_ag103;
    wire [11:0] b0_m_next = {b0_ag104, b0_ag97, b0_ag91, b0_ag84, b0_ag25, b0_ag24, b0_ag21, b0_ag18, b0_ag15, b0_ag11, b0_ag7, b0_ag1};
    reg [11:0] b0_m;
    wire b0_bg0 = b0_m[4] & b0_m[8];
    wire b0_bg1 = b0_m[5] & b0_m[11];
    wire b0_bg2 = b0_m[6] & b0_m[10];
    wire b0_bg3 = b0_m[7] & b0_m[9];
    wire b0_bg4 = b0_bg0 ^ b0_bg1;
    wire b0_bg5 = b0_bg2 ^ b0_bg3;
    wire b0_bg6 = b0_bg4 ^ b0_bg5;
    wire b0_bg7 = b0_m[4] & b0_m[9];
    wire b0_bg8 = b0_m[5] & b0_m[8];
    wire b0_bg9 = b0_m[6] & b0_m[11];
    wire b0_bg10 = b0_m[7] & b0_m[10];
    wire b0_bg11 = b0_bg1 ^ b0_bg8;
    wire b0_bg12 = b0_bg7 ^ b0_bg11;
    wire b0_bg13 = b0_bg2 ^ b0_bg9;
    wire b0_bg14 = b0_bg3 ^ b0_bg10;
    wire b0_bg15 = b0_bg13 ^ b0_bg14;
    wire b0_bg16 = b0_bg12 ^ b0_bg15;
    wire b0_bg17 = b0_m[4] & b0_m[10];
    wire b0_bg18 = b0_m[5] & b0_m[9];
    wire b0_bg19 = b0_m[6] & b0_m[8];
    wire b0_bg20 = b0_m[7] & b0_m[11];
    wire b0_bg21 = b0_bg18 ^ b0_bg19;
    wire b0_bg22 = b0_bg17 ^ b0_bg21;
    wire b0_bg23 = b0_bg10 ^ b0_bg20;
    wire b0_bg24 = b0_bg9 ^ b0_bg23;
    wire b0_bg25 = b0_bg22 ^ b0_bg24;
    wire b0_bg26 = b0_m[4] & b0_m[11];
    wire b0_bg27 = b0_m[5] & b0_m[10];
    wire b0_bg28 = b0_m[6] & b0_m[9];
    wire b0_bg29 = b0_m[7] & b0_m[8];
    wire b0_bg30 = b0_bg26 ^ b0_bg27;
    wire b0_bg31 = b0_bg20 ^ b0_bg29;
    wire b0_bg32 = b0_bg28 ^ b0_bg31;
    wire b0_bg33 = b0_bg30 ^ b0_bg32;
    wire b0_bg34 = b0_m[0] ^ b0_m[4];
    wire b0_bg35 = b0_m[1] ^ b0_m[5];
    wire b0_bg36 = b0_m[2] ^ b0_m[6];
    wire b0_bg37 = b0_m[3] ^ b0_m[7];
    wire b0_bg38 = b0_m[8] & b0_bg34;
    wire b0_bg39 = b0_m[11] & b0_bg35;
    wire b0_bg40 = b0_m[10] & b0_bg36;
    wire b0_bg41 = b0_m[9] & b0_bg37;
    wire b0_bg42 = b0_bg38 ^ b0_bg39;
    wire b0_bg43 = b0_bg40 ^ b0_bg41;
    wire b0_bg44 = b0_bg42 ^ b0_bg43;
    wire b0_bg45 = b0_m[9] & b0_bg34;
    wire b0_bg46 = b0_m[8] & b0_bg35;
    wire b0_bg47 = b0_m[11] & b0_bg36;
    wire b0_bg48 = b0_m[10] & b0_bg37;
    wire b0_bg49 = b0_bg39 ^ b0_bg46;
    wire b0_bg50 = b0_bg45 ^ b0_bg49;
    wire b0_bg51 = b0_bg40 ^ b0_bg47;
    wire b0_bg52 = b0_bg41 ^ b0_bg48;
    wire b0_bg53 = b0_bg51 ^ b0_bg52;
    wire b0_bg54 = b0_bg50 ^ b0_bg53;
    wire b0_bg55 = b0_m[10] & b0_bg34;
    wire b0_bg56 = b0_m[9] & b0_bg35;
    wire b0_bg57 = b0_m[8] & b0_bg36;
    wire b0_bg58 = b0_m[11] & b0_bg37;
    wire b0_bg59 = b0_bg56 ^ b0_bg57;
    wire b0_bg60 = b0_bg55 ^ b0_bg59;
    wire b0_bg61 = b0_bg48 ^ b0_bg58;
    wire b0_bg62 = b0_bg47 ^ b0_bg61;
    wire b0_bg63 = b0_bg60 ^ b0_bg62;
    wire b0_bg64 = b0_m[11] & b0_bg34;
    wire b0_bg65 = b0_m[10] & b0_bg35;
    wire b0_bg66 = b0_m[9] & b0_bg36;
    wire b0_bg67 = b0_m[8] & b0_bg37;
    wire b0_bg68 = b0_bg64 ^ b0_bg65;
    wire b0_bg69 = b0_bg58 ^ b0_bg67;
    wire b0_bg70 = b0_bg66 ^ b0_bg69;
    wire b0_bg71 = b0_bg68 ^ b0_bg70;
    wire b0_bg72 = b0_bg44 ^ b0_bg63;
    wire b0_bg73 = b0_bg25 ^ b0_bg33;
    wire b0_bg74 = b0_bg72 ^ b0_bg73;
    wire b0_bg75 = b0_bg6 ^ b0_bg33;
    wire b0_bg76 = b0_bg16 ^ b0_bg63;
    wire b0_bg77 = b0_bg73 ^ b0_bg76;
    wire b0_bg78 = b0_bg63 ^ b0_bg73;
    wire b0_bg79 = b0_bg6 ^ b0_bg71;
    wire b0_bg80 = b0_bg63 ^ b0_bg79;
    wire b0_bg81 = b0_bg54 ^ b0_bg71;
    wire b0_bg82 = b0_bg6 ^ b0_bg73;
    wire b0_bg83 = b0_bg81 ^ b0_bg82;
    wire b0_bg84 = b0_bg54 ^ b0_bg63;
    wire b0_bg85 = b0_bg75 ^ b0_bg84;
    wire b0_bg86 = b0_bg6 ^ b0_bg25;
    wire b0_bg87 = b0_bg81 ^ b0_bg86;
    wire [7:0] b0_y = {b0_bg87, b0_bg85, b0_bg83, b0_bg80, b0_bg78, b0_bg77, b0_bg75, b0_bg74};
    wire [7:0] b1_x = data_in[15:8];
    wire b1_ag0 = 1'b1 ^ b1_x[7];
    wire b1_ag1 = b1_x[0] ^ b1_ag0;
    wire b1_ag2 = b1_x[1] ^ b1_x[3];
    wire b1_ag3 = b1_x[0] ^ b1_ag2;
    wire b1_ag4 = b1_x[4] ^ b1_x[5];
    wire b1_ag5 = b1_x[6] ^ b1_x[7];
    wire b1_ag6 = b1_ag4 ^ b1_ag5;
    wire b1_ag7 = b1_ag3 ^ b1_ag6;
    wire b1_ag8 = b1_x[0] ^ b1_x[1];
    wire b1_ag9 = b1_x[4] ^ b1_x[7];
    wire b1_ag10 = b1_x[3] ^ b1_ag9;
    wire b1_ag11 = b1_ag8 ^ b1_ag10;
    wire b1_ag12 = b1_x[1] ^ b1_x[2];
    wire b1_ag13 = b1_x[4] ^ b1_x[6];
    wire b1_ag14 = b1_x[3] ^ b1_ag13;
    wire b1_ag15 = b1_ag12 ^ b1_ag14;
    wire b1_ag16 = b1_x[3] ^ b1_x[7];
    wire b1_ag17 = b1_x[2] ^ b1_ag16;
    wire b1_ag18 = b1_ag8 ^ b1_ag17;
    wire b1_ag19 = b1_x[0] ^ b1_ag12;
    wire b1_ag20 = b1_ag0 ^ b1_ag4;
    wire b1_ag21 = b1_ag19 ^ b1_ag20;
    wire b1_ag22 = b1_x[3] ^ b1_x[4];
    wire b1_ag23 = b1_x[5] ^ b1_x[6];
    wire b1_ag24 = b1_ag22 ^ b1_ag23;
    wire b1_ag25 = b1_ag5 ^ b1_ag12;
    wire b1_ag26 = b1_ag24 ^ b1_ag25;
    wire b1_ag27 = b1_ag21 ^ b1_ag26;
    wire b1_ag28 = b1_ag18 ^ b1_ag26;
    wire b1_ag29 = b1_ag1 ^ b1_ag11;
    wire b1_ag30 = b1_ag7 ^ b1_ag15;
    wire b1_ag31 = b1_ag1 & b1_ag18;
    wire b1_ag32 = b1_ag15 & b1_ag21;
    wire b1_ag33 = b1_ag11 & b1_ag24;
    wire b1_ag34 = b1_ag7 & b1_ag25;
    wire b1_ag35 = b1_ag31 ^ b1_ag32;
    wire b1_ag36 = b1_ag33 ^ b1_ag34;
    wire b1_ag37 = b1_ag35 ^ b1_ag36;
    wire b1_ag38 = b1_ag7 & b1_ag18;
    wire b1_ag39 = b1_ag1 & b1_ag21;
    wire b1_ag40 = b1_ag15 & b1_ag24;
    wire b1_ag41 = b1_ag11 & b1_ag25;
    wire b1_ag42 = b1_ag32 ^ b1_ag39;
    wire b1_ag43 = b1_ag38 ^ b1_ag42;
    wire b1_ag44 = b1_ag33 ^ b1_ag40;
    wire b1_ag45 = b1_ag34 ^ b1_ag41;
    wire b1_ag46 = b1_ag44 ^ b1_ag45;
    wire b1_ag47 = b1_ag43 ^ b1_ag46;
    wire b1_ag48 = b1_ag11 & b1_ag18;
    wire b1_ag49 = b1_ag7 & b1_ag21;
    wire b1_ag50 = b1_ag1 & b1_ag24;
    wire b1_ag51 = b1_ag15 & b1_ag25;
    wire b1_ag52 = b1_ag49 ^ b1_ag50;
    wire b1_ag53 = b1_ag48 ^ b1_ag52;
    wire b1_ag54 = b1_ag41 ^ b1_ag51;
    wire b1_ag55 = b1_ag40 ^ b1_ag54;
    wire b1_ag56 = b1_ag53 ^ b1_ag55;
    wire b1_ag57 = b1_ag15 & b1_ag18;
    wire b1_ag58 = b1_ag11 & b1_ag21;
    wire b1_ag59 = b1_ag7 & b1_ag24;
    wire b1_ag60 = b1_ag1 & b1_ag25;
    wire b1_ag61 = b1_ag57 ^ b1_ag58;
    wire b1_ag62 = b1_ag51 ^ b1_ag60;
    wire b1_ag63 = b1_ag59 ^ b1_ag62;
    wire b1_ag64 = b1_ag61 ^ b1_ag63;
    wire b1_ag65 = b1_ag29 ^ b1_ag37;
    wire b1_ag66 = b1_ag24 ^ b1_ag65;
    wire b1_ag67 = b1_ag11 ^ b1_ag47;
    wire b1_ag68 = b1_ag27 ^ b1_ag67;
    wire b1_ag69 = b1_ag30 ^ b1_ag56;
    wire b1_ag70 = b1_ag21 ^ b1_ag69;
    wire b1_ag71 = b1_ag15 ^ b1_ag64;
    wire b1_ag72 = b1_ag28 ^ b1_ag71;
    wire b1_ag73 = b1_ag66 & b1_ag70;
    wire b1_ag74 = b1_ag68 & b1_ag70;
    wire b1_ag75 = b1_ag66 & b1_ag68;
    wire b1_ag76 = b1_ag70 & b1_ag75;
    wire b1_ag77 = b1_ag72 & b1_ag74;
    wire b1_ag78 = b1_ag66 ^ b1_ag68;
    wire b1_ag79 = b1_ag70 ^ b1_ag73;
    wire b1_ag80 = b1_ag78 ^ b1_ag79;
    wire b1_ag81 = b1_ag74 ^ b1_ag76;
    wire b1_ag82 = b1_ag72 ^ b1_ag77;
    wire b1_ag83 = b1_ag81 ^ b1_ag82;
    wire b1_ag84 = b1_ag80 ^ b1_ag83;
    wire b1_ag85 = b1_ag68 & b1_ag72;
    wire b1_ag86 = b1_ag72 & b1_ag75;
    wire b1_ag87 = b1_ag73 ^ b1_ag74;
    wire b1_ag88 = b1_ag75 ^ b1_ag87;
    wire b1_ag89 = b1_ag85 ^ b1_ag86;
    wire b1_ag90 = b1_ag72 ^ b1_ag89;
    wire b1_ag91 = b1_ag88 ^ b1_ag90;
    wire b1_ag92 = b1_ag66 & b1_ag72;
    wire b1_ag93 = b1_ag72 & b1_ag73;
    wire b1_ag94 = b1_ag75 ^ b1_ag79;
    wire b1_ag95 = b1_ag92 ^ b1_ag93;
    wire b1_ag96 = b1_ag72 ^ b1_ag95;
    wire b1_ag97 = b1_ag94 ^ b1_ag96;
    wire b1_ag98 = b1_ag70 & b1_ag72;
    wire b1_ag99 = b1_ag70 ^ b1_ag72;
    wire b1_ag100 = b1_ag68 ^ b1_ag99;
    wire b1_ag101 = b1_ag85 ^ b1_ag92;
    wire b1_ag102 = b1_ag77 ^ b1_ag98;
    wire b1_ag103 = b1_ag101 ^ b1_ag102;
    wire b1_ag104 = b1_ag100 ^ b1_ag103;
    wire [11:0] b1_m_next = {b1_ag104, b1_ag97, b1_ag91, b1_ag84, b1_ag25, b1_ag24, b1_ag21, b1_ag18, b1_ag15, b1_ag11, b1_ag7, b1_ag1};
    reg [11:0] b1_m;
    wire b1_bg0 = b1_m[4] & b1_m[8];
    wire b1_bg1 = b1_m[5] & b1_m[11];
    wire b1_bg2 = b1_m[6] & b1_m[10];
    wire b1_bg3 = b1_m[7] & b1_m[9];
    wire b1_bg4 = b1_bg0 ^ b1_bg1;
    wire b1_bg5 = b1_bg2 ^ b1_bg3;
    wire b1_bg6 = b1_bg4 ^ b1_bg5;
    wire b1_bg7 = b1_m[4] & b1_m[9];
    wire b1_bg8 = b1_m[5] & b1_m[8];
    wire b1_bg9 = b1_m[6] & b1_m[11];
    wire b1_bg10 = b1_m[7] & b1_m[10];
    wire b1_bg11 = b1_bg1 ^ b1_bg8;
    wire b1_bg12 = b1_bg7 ^ b1_bg11;
    wire b1_bg13 = b1_bg2 ^ b1_bg9;
    wire b1_bg14 = b1_bg3 ^ b1_bg10;
    wire b1_bg15 = b1_bg13 ^ b1_bg14;
    wire b1_bg16 = b1_bg12 ^ b1_bg15;
    wire b1_bg17 = b1_m[4] & b1_m[10];
    wire b1_bg18 = b1_m[5] & b1_m[9];
    wire b1_bg19 = b1_m[6] & b1_m[8];
    wire b1_bg20 = b1_m[7] & b1_m[11];
    wire b1_bg21 = b1_bg18 ^ b1_bg19;
    wire b1_bg22 = b1_bg17 ^ b1_bg21;
    wire b1_bg23 = b1_bg10 ^ b1_bg20;
    wire b1_bg24 = b1_bg9 ^ b1_bg23;
    wire b1_bg25 = b1_bg22 ^ b1_bg24;
    wire b1_bg26 = b1_m[4] & b1_m[11];
    wire b1_bg27 = b1_m[5] & b1_m[10];
    wire b1_bg28 = b1_m[6] & b1_m[9];
    wire b1_bg29 = b1_m[7] & b1_m[8];
    wire b1_bg30 = b1_bg26 ^ b1_bg27;
    wire b1_bg31 = b1_bg20 ^ b1_bg29;
    wire b1_bg32 = b1_bg28 ^ b1_bg31;
    wire b1_bg33 = b1_bg30 ^ b1_bg32;
    wire b1_bg34 = b1_m[0] ^ b1_m[4];
    wire b1_bg35 = b1_m[1] ^ b1_m[5];
    wire b1_bg36 = b1_m[2] ^ b1_m[6];
    wire b1_bg37 = b1_m[3] ^ b1_m[7];
    wire b1_bg38 = b1_m[8] & b1_bg34;
    wire b1_bg39 = b1_m[11] & b1_bg35;
    wire b1_bg40 = b1_m[10] & b1_bg36;
    wire b1_bg41 = b1_m[9] & b1_bg37;
    wire b1_bg42 = b1_bg38 ^ b1_bg39;
    wire b1_bg43 = b1_bg40 ^ b1_bg41;
    wire b1_bg44 = b1_bg42 ^ b1_bg43;
    wire b1_bg45 = b1_m[9] & b1_bg34;
    wire b1_bg46 = b1_m[8] & b1_bg35;
    wire b1_bg47 = b1_m[11] & b1_bg36;
    wire b1_bg48 = b1_m[10] & b1_bg37;
    wire b1_bg49 = b1_bg39 ^ b1_bg46;
    wire b1_bg50 = b1_bg45 ^ b1_bg49;
    wire b1_bg51 = b1_bg40 ^ b1_bg47;
    wire b1_bg52 = b1_bg41 ^ b1_bg48;
    wire b1_bg53 = b1_bg51 ^ b1_bg52;
    wire b1_bg54 = b1_bg50 ^ b1_bg53;
    wire b1_bg55 = b1_m[10] & b1_bg34;
    wire b1_bg56 = b1_m[9] & b1_bg35;
    wire b1_bg57 = b1_m[8] & b1_bg36;
    wire b1_bg58 = b1_m[11] & b1_bg37;
    wire b1_bg59 = b1_bg56 ^ b1_bg57;
    wire b1_bg60 = b1_bg55 ^ b1_bg59;
    wire b1_bg61 = b1_bg48 ^ b1_bg58;
    wire b1_bg62 = b1_bg47 ^ b1_bg61;
    wire b1_bg63 = b1_bg60 ^ b1_bg62;
    wire b1_bg64 = b1_m[11] & b1_bg34;
    wire b1_bg65 = b1_m[10] & b1_bg35;
    wire b1_bg66 = b1_m[9] & b1_bg36;
    wire b1_bg67 = b1_m[8] & b1_bg37;
    wire b1_bg68 = b1_bg64 ^ b1_bg65;
    wire b1_bg69 = b1_bg58 ^ b1_bg67;
    wire b1_bg70 = b1_bg66 ^ b1_bg69;
    wire b1_bg71 = b1_bg68 ^ b1_bg70;
    wire b1_bg72 = b1_bg44 ^ b1_bg63;
    wire b1_bg73 = b1_bg25 ^ b1_bg33;
    wire b1_bg74 = b1_bg72 ^ b1_bg73;
    wire b1_bg75 = b1_bg6 ^ b1_bg33;
    wire b1_bg76 = b1_bg16 ^ b1_bg63;
    wire b1_bg77 = b1_bg73 ^ b1_bg76;
    wire b1_bg78 = b1_bg63 ^ b1_bg73;
    wire b1_bg79 = b1_bg6 ^ b1_bg71;
    wire b1_bg80 = b1_bg63 ^ b1_bg79;
    wire b1_bg81 = b1_bg54 ^ b1_bg71;
    wire b1_bg82 = b1_bg6 ^ b1_bg73;
    wire b1_bg83 = b1_bg81 ^ b1_bg82;
    wire b1_bg84 = b1_bg54 ^ b1_bg63;
    wire b1_bg85 = b1_bg75 ^ b1_bg84;
    wire b1_bg86 = b1_bg6 ^ b1_bg25;
    wire b1_bg87 = b1_bg81 ^ b1_bg86;
    wire [7:0] b1_y = {b1_bg87, b1_bg85, b1_bg83, b1_bg80, b1_bg78, b1_bg77, b1_bg75, b1_bg74};
    always @(posedge clock) begin
        if (enable) begin
            b0_m <= b0_m_next;
            b1_m <= b1_m_next;
        end
    end
    always @(*) data_out = {b1_y, b0_y};
endmodule // top$core$unlock$lanes$inv_sbox


module top$core$unlock$lanes$plain(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$unlock$lanes$plain


module top$core$weight_skid(clock,flush,in_data,in_valid,in_ready,out_data,out_valid,out_ready);
    
    // Module arguments
    input wire  clock;
    input wire  flush;
    input wire  [15:0] in_data;
    input wire  in_valid;
    output reg  in_ready;
    output reg  [15:0] out_data;
    output reg  out_valid;
    input wire  out_ready;
    
    // Stub signals
    reg  [15:0] main_data$d;
    wire  [15:0] main_data$q;
    reg  main_data$clock;
    reg  main_valid$d;
    wire  main_valid$q;
    reg  main_valid$clock;
    reg  [15:0] skid_data$d;
    wire  [15:0] skid_data$q;
    reg  skid_data$clock;
    reg  skid_valid$d;
    wire  skid_valid$q;
    reg  skid_valid$clock;
    
    // Local signals
    reg  take_in;
    
    // Sub module instances
    top$core$weight_skid$main_data main_data(
        .d(main_data$d),
        .q(main_data$q),
        .clock(main_data$clock)
    );
    top$core$weight_skid$main_valid main_valid(
        .d(main_valid$d),
        .q(main_valid$q),
        .clock(main_valid$clock)
    );
    top$core$weight_skid$skid_data skid_data(
        .d(skid_data$d),
        .q(skid_data$q),
        .clock(skid_data$clock)
    );
    top$core$weight_skid$skid_valid skid_valid(
        .d(skid_valid$d),
        .q(skid_valid$q),
        .clock(skid_valid$clock)
    );
    
    // Update code
    always @(*) begin
        main_data$clock = clock;
        main_valid$clock = clock;
        skid_data$clock = clock;
        skid_valid$clock = clock;
        main_data$d = main_data$q;
        main_valid$d = main_valid$q;
        skid_data$d = skid_data$q;
        skid_valid$d = skid_valid$q;
        in_ready = ~skid_valid$q;
        out_data = main_data$q;
        out_valid = main_valid$q;
        take_in = in_valid & ~skid_valid$q;
        if (~main_valid$q | out_ready) begin
            if (skid_valid$q) begin
                main_data$d = skid_data$q;
                skid_valid$d = 1'b0;
            end
            else begin
                main_data$d = in_data;
                main_valid$d = take_in;
            end
        end
        else if (take_in) begin
            skid_data$d = in_data;
            skid_valid$d = 1'b1;
        end
        if (flush) begin
            main_valid$d = 1'b0;
            skid_valid$d = 1'b0;
        end
    end
    
endmodule // top$core$weight_skid


module top$core$weight_skid$main_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$weight_skid$main_data


module top$core$weight_skid$main_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$weight_skid$main_valid


module top$core$weight_skid$skid_data(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$weight_skid$skid_data


module top$core$weight_skid$skid_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$core$weight_skid$skid_valid


module top$core$weights(clock,read_address,read_data,write_address,write_data,write_enable);
    
    // Module arguments
    input wire  clock;
    input wire  [13:0] read_address;
    output reg  [15:0] read_data;
    input wire  [13:0] write_address;
    input wire  [15:0] write_data;
    input wire  write_enable;
    
    // Update code (custom)
    (* no_rw_check *) reg [15:0] mem [0:6655];
    always @(posedge clock) begin
        read_data <= (read_address <= 6655) ? mem[read_address[12:0]] : 16'd0;
        if (write_enable && write_address <= 6655) mem[write_address[12:0]] <= write_data;
    end
endmodule // top$core$weights


module top$front_end(clock,reset,rx,tx,core$write,core$write_address,core$write_data,core$write_status,core$read,core$read_address,core$read_data,core$busy,core$slot_done,core$key_loaded,core$model_ready,core$last_error,activity);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx;
    output reg  tx;
    output reg  core$write;
    output reg  [23:0] core$write_address;
    output reg  [7:0] core$write_data;
    input wire  [7:0] core$write_status;
    output reg  core$read;
    output reg  [23:0] core$read_address;
    input wire  [7:0] core$read_data;
    input wire  core$busy;
    input wire  [1:0] core$slot_done;
    input wire  core$key_loaded;
    input wire  core$model_ready;
    input wire  [7:0] core$last_error;
    output reg  activity;
    
    // Stub signals
    reg  uart_rx$clock;
    reg  uart_rx$reset;
    reg  uart_rx$rx;
    wire  [7:0] uart_rx$rx_bytes$data;
    wire  uart_rx$rx_bytes$valid;
    reg  uart_rx$rx_bytes$ready;
    wire  uart_rx$framing_error;
    wire  uart_rx$overrun;
    reg  uart_tx$clock;
    reg  uart_tx$reset;
    reg  [7:0] uart_tx$tx_bytes$data;
    reg  uart_tx$tx_bytes$valid;
    wire  uart_tx$tx_bytes$ready;
    wire  uart_tx$tx;
    reg  frame_rx$clock;
    reg  frame_rx$reset;
    reg  [7:0] frame_rx$rx_bytes$data;
    reg  frame_rx$rx_bytes$valid;
    wire  frame_rx$rx_bytes$ready;
    reg  frame_rx$line_error;
    wire  frame_rx$write;
    wire  [23:0] frame_rx$write_address;
    wire  [7:0] frame_rx$write_data;
    reg  [7:0] frame_rx$write_status;
    reg  frame_rx$core_busy;
    reg  frame_rx$model_ready;
    wire  frame_rx$job$valid;
    wire  [7:0] frame_rx$job$cmd;
    wire  [7:0] frame_rx$job$seq;
    wire  [7:0] frame_rx$job$status;
    wire  frame_rx$job$slot;
    wire  frame_rx$job$replay;
    wire  frame_rx$job$replay_older;
    wire  frame_rx$job$remember;
    reg  frame_rx$job$window_full;
    wire  [1:0] frame_rx$run$rung;
    wire  [7:0] frame_rx$run$status0;
    wire  [7:0] frame_rx$run$status1;
    reg  [1:0] frame_rx$run$release;
    wire  [15:0] frame_rx$counters$frames_ok;
    wire  [15:0] frame_rx$counters$bad_headers;
    wire  [15:0] frame_rx$counters$bad_crcs;
    wire  [15:0] frame_rx$counters$timeouts;
    reg  frame_tx$clock;
    reg  frame_tx$reset;
    reg  frame_tx$job$valid;
    reg  [7:0] frame_tx$job$cmd;
    reg  [7:0] frame_tx$job$seq;
    reg  [7:0] frame_tx$job$status;
    reg  frame_tx$job$slot;
    reg  frame_tx$job$replay;
    reg  frame_tx$job$replay_older;
    reg  frame_tx$job$remember;
    wire  frame_tx$job$window_full;
    reg  [1:0] frame_tx$run$rung;
    reg  [7:0] frame_tx$run$status0;
    reg  [7:0] frame_tx$run$status1;
    wire  [1:0] frame_tx$run$release;
    reg  [15:0] frame_tx$counters$frames_ok;
    reg  [15:0] frame_tx$counters$bad_headers;
    reg  [15:0] frame_tx$counters$bad_crcs;
    reg  [15:0] frame_tx$counters$timeouts;
    wire  frame_tx$read;
    wire  [23:0] frame_tx$read_address;
    reg  [7:0] frame_tx$read_data;
    reg  frame_tx$core_busy;
    reg  [1:0] frame_tx$slot_done;
    reg  frame_tx$key_loaded;
    reg  frame_tx$model_ready;
    reg  [7:0] frame_tx$last_error;
    wire  [7:0] frame_tx$tx_bytes$data;
    wire  frame_tx$tx_bytes$valid;
    reg  frame_tx$tx_bytes$ready;
    
    // Sub module instances
    top$front_end$uart_rx uart_rx(
        .clock(uart_rx$clock),
        .reset(uart_rx$reset),
        .rx(uart_rx$rx),
        .rx_bytes$data(uart_rx$rx_bytes$data),
        .rx_bytes$valid(uart_rx$rx_bytes$valid),
        .rx_bytes$ready(uart_rx$rx_bytes$ready),
        .framing_error(uart_rx$framing_error),
        .overrun(uart_rx$overrun)
    );
    top$front_end$uart_tx uart_tx(
        .clock(uart_tx$clock),
        .reset(uart_tx$reset),
        .tx_bytes$data(uart_tx$tx_bytes$data),
        .tx_bytes$valid(uart_tx$tx_bytes$valid),
        .tx_bytes$ready(uart_tx$tx_bytes$ready),
        .tx(uart_tx$tx)
    );
    top$front_end$frame_rx frame_rx(
        .clock(frame_rx$clock),
        .reset(frame_rx$reset),
        .rx_bytes$data(frame_rx$rx_bytes$data),
        .rx_bytes$valid(frame_rx$rx_bytes$valid),
        .rx_bytes$ready(frame_rx$rx_bytes$ready),
        .line_error(frame_rx$line_error),
        .write(frame_rx$write),
        .write_address(frame_rx$write_address),
        .write_data(frame_rx$write_data),
        .write_status(frame_rx$write_status),
        .core_busy(frame_rx$core_busy),
        .model_ready(frame_rx$model_ready),
        .job$valid(frame_rx$job$valid),
        .job$cmd(frame_rx$job$cmd),
        .job$seq(frame_rx$job$seq),
        .job$status(frame_rx$job$status),
        .job$slot(frame_rx$job$slot),
        .job$replay(frame_rx$job$replay),
        .job$replay_older(frame_rx$job$replay_older),
        .job$remember(frame_rx$job$remember),
        .job$window_full(frame_rx$job$window_full),
        .run$rung(frame_rx$run$rung),
        .run$status0(frame_rx$run$status0),
        .run$status1(frame_rx$run$status1),
        .run$release(frame_rx$run$release),
        .counters$frames_ok(frame_rx$counters$frames_ok),
        .counters$bad_headers(frame_rx$counters$bad_headers),
        .counters$bad_crcs(frame_rx$counters$bad_crcs),
        .counters$timeouts(frame_rx$counters$timeouts)
    );
    top$front_end$frame_tx frame_tx(
        .clock(frame_tx$clock),
        .reset(frame_tx$reset),
        .job$valid(frame_tx$job$valid),
        .job$cmd(frame_tx$job$cmd),
        .job$seq(frame_tx$job$seq),
        .job$status(frame_tx$job$status),
        .job$slot(frame_tx$job$slot),
        .job$replay(frame_tx$job$replay),
        .job$replay_older(frame_tx$job$replay_older),
        .job$remember(frame_tx$job$remember),
        .job$window_full(frame_tx$job$window_full),
        .run$rung(frame_tx$run$rung),
        .run$status0(frame_tx$run$status0),
        .run$status1(frame_tx$run$status1),
        .run$release(frame_tx$run$release),
        .counters$frames_ok(frame_tx$counters$frames_ok),
        .counters$bad_headers(frame_tx$counters$bad_headers),
        .counters$bad_crcs(frame_tx$counters$bad_crcs),
        .counters$timeouts(frame_tx$counters$timeouts),
        .read(frame_tx$read),
        .read_address(frame_tx$read_address),
        .read_data(frame_tx$read_data),
        .core_busy(frame_tx$core_busy),
        .slot_done(frame_tx$slot_done),
        .key_loaded(frame_tx$key_loaded),
        .model_ready(frame_tx$model_ready),
        .last_error(frame_tx$last_error),
        .tx_bytes$data(frame_tx$tx_bytes$data),
        .tx_bytes$valid(frame_tx$tx_bytes$valid),
        .tx_bytes$ready(frame_tx$tx_bytes$ready)
    );
    
    // Update code
    always @(*) begin
        uart_rx$clock = clock;
        uart_tx$clock = clock;
        frame_rx$clock = clock;
        frame_tx$clock = clock;
        uart_rx$reset = reset;
        uart_tx$reset = reset;
        frame_rx$reset = reset;
        frame_tx$reset = reset;
        uart_rx$rx = rx;
        tx = uart_tx$tx;
        frame_rx$line_error = uart_rx$framing_error | uart_rx$overrun;
        core$write = frame_rx$write;
        core$write_address = frame_rx$write_address;
        core$write_data = frame_rx$write_data;
        frame_rx$write_status = core$write_status;
        frame_rx$core_busy = core$busy;
        frame_rx$model_ready = core$model_ready;
        core$read = frame_tx$read;
        core$read_address = frame_tx$read_address;
        frame_tx$read_data = core$read_data;
        frame_tx$core_busy = core$busy;
        frame_tx$slot_done = core$slot_done;
        frame_tx$key_loaded = core$key_loaded;
        frame_tx$model_ready = core$model_ready;
        frame_tx$last_error = core$last_error;
        activity = (uart_rx$rx_bytes$valid & frame_rx$rx_bytes$ready) | (frame_tx$tx_bytes$valid & uart_tx$tx_bytes$ready);
    end
    
    always @(*) frame_rx$rx_bytes$data = uart_rx$rx_bytes$data;
    always @(*) frame_rx$rx_bytes$valid = uart_rx$rx_bytes$valid;
    always @(*) uart_rx$rx_bytes$ready = frame_rx$rx_bytes$ready;
    always @(*) frame_tx$job$valid = frame_rx$job$valid;
    always @(*) frame_tx$job$cmd = frame_rx$job$cmd;
    always @(*) frame_tx$job$seq = frame_rx$job$seq;
    always @(*) frame_tx$job$status = frame_rx$job$status;
    always @(*) frame_tx$job$slot = frame_rx$job$slot;
    always @(*) frame_tx$job$replay = frame_rx$job$replay;
    always @(*) frame_tx$job$replay_older = frame_rx$job$replay_older;
    always @(*) frame_tx$job$remember = frame_rx$job$remember;
    always @(*) frame_rx$job$window_full = frame_tx$job$window_full;
    always @(*) frame_tx$run$rung = frame_rx$run$rung;
    always @(*) frame_tx$run$status0 = frame_rx$run$status0;
    always @(*) frame_tx$run$status1 = frame_rx$run$status1;
    always @(*) frame_rx$run$release = frame_tx$run$release;
    always @(*) frame_tx$counters$frames_ok = frame_rx$counters$frames_ok;
    always @(*) frame_tx$counters$bad_headers = frame_rx$counters$bad_headers;
    always @(*) frame_tx$counters$bad_crcs = frame_rx$counters$bad_crcs;
    always @(*) frame_tx$counters$timeouts = frame_rx$counters$timeouts;
    always @(*) uart_tx$tx_bytes$data = frame_tx$tx_bytes$data;
    always @(*) uart_tx$tx_bytes$valid = frame_tx$tx_bytes$valid;
    always @(*) frame_tx$tx_bytes$ready = uart_tx$tx_bytes$ready;
endmodule // top$front_end


module top$front_end$frame_rx(clock,reset,rx_bytes$data,rx_bytes$valid,rx_bytes$ready,line_error,write,write_address,write_data,write_status,core_busy,model_ready,job$valid,job$cmd,job$seq,job$status,job$slot,job$replay,job$replay_older,job$remember,job$window_full,run$rung,run$status0,run$status1,run$release,counters$frames_ok,counters$bad_headers,counters$bad_crcs,counters$timeouts);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] rx_bytes$data;
    input wire  rx_bytes$valid;
    output wire  rx_bytes$ready;
    input wire  line_error;
    output reg  write;
    output reg  [23:0] write_address;
    output reg  [7:0] write_data;
    input wire  [7:0] write_status;
    input wire  core_busy;
    input wire  model_ready;
    output reg  job$valid;
    output reg  [7:0] job$cmd;
    output reg  [7:0] job$seq;
    output reg  [7:0] job$status;
    output reg  job$slot;
    output reg  job$replay;
    output reg  job$replay_older;
    output reg  job$remember;
    input wire  job$window_full;
    output wire  [1:0] run$rung;
    output wire  [7:0] run$status0;
    output wire  [7:0] run$status1;
    input wire  [1:0] run$release;
    output wire  [15:0] counters$frames_ok;
    output wire  [15:0] counters$bad_headers;
    output wire  [15:0] counters$bad_crcs;
    output wire  [15:0] counters$timeouts;
    
    // Stub signals
    reg  parser$clock;
    reg  parser$reset;
    reg  parser$line_error;
    reg  parser$run_write;
    reg  parser$model_ready;
    reg  [15:0] parser$run_bytes;
    reg  parser$ringing;
    wire  [7:0] parser$data;
    wire  [7:0] parser$cmd;
    wire  [7:0] parser$seq;
    wire  [15:0] parser$length;
    wire  [15:0] parser$received;
    wire  parser$length_ok;
    wire  parser$header_good;
    wire  parser$payload_byte;
    wire  parser$frame_end;
    wire  parser$crc_good;
    wire  parser$finishing;
    wire  parser$answering;
    wire  parser$closing;
    wire  parser$job_valid;
    wire  parser$bad_header;
    wire  parser$timeout;
    wire  parser$frame_lost;
    reg  decoder$clock;
    reg  decoder$reset;
    reg  [7:0] decoder$data;
    reg  [7:0] decoder$cmd;
    reg  [15:0] decoder$length;
    reg  [15:0] decoder$received;
    reg  decoder$length_ok;
    reg  decoder$header_good;
    reg  decoder$payload_byte;
    reg  decoder$frame_end;
    reg  decoder$crc_good;
    reg  decoder$finishing;
    reg  decoder$answering;
    reg  decoder$next_slot;
    reg  decoder$next_slot_busy;
    wire  decoder$claim;
    reg  decoder$window_full;
    reg  decoder$frame_lost;
    reg  decoder$repeated;
    reg  decoder$older;
    wire  [15:0] decoder$run_bytes;
    wire  decoder$payload_write;
    wire  [23:0] decoder$payload_address;
    wire  decoder$ringing;
    wire  [23:0] decoder$doorbell;
    reg  [7:0] decoder$write_status;
    wire  [7:0] decoder$status;
    wire  decoder$slot;
    wire  decoder$replay;
    wire  decoder$replay_older;
    wire  decoder$carried_out;
    reg  slots$clock;
    reg  slots$reset;
    reg  slots$core_busy;
    reg  [7:0] slots$write_status;
    reg  slots$ringing;
    reg  slots$closing;
    reg  slots$claim;
    reg  slots$claim_slot;
    wire  slots$next_slot;
    wire  slots$next_slot_busy;
    wire  slots$run_write;
    wire  slots$run_slot;
    reg  link_counters$clock;
    reg  link_counters$reset;
    reg  link_counters$frame_ok;
    reg  link_counters$bad_header;
    reg  link_counters$bad_crc;
    reg  link_counters$timeout;
    reg  repeats$clock;
    reg  repeats$reset;
    reg  [7:0] repeats$cmd;
    reg  [7:0] repeats$seq;
    reg  [15:0] repeats$length;
    reg  repeats$job_valid;
    reg  repeats$carried_out;
    wire  repeats$repeated;
    wire  repeats$older;
    wire  repeats$remember;
    reg  write_port$clock;
    reg  write_port$reset;
    reg  write_port$payload_write;
    reg  [23:0] write_port$payload_address;
    reg  [7:0] write_port$data;
    reg  write_port$run_write;
    reg  write_port$run_slot;
    reg  write_port$ring;
    reg  [23:0] write_port$doorbell;
    wire  write_port$write;
    wire  [23:0] write_port$write_address;
    wire  [7:0] write_port$write_data;
    
    // Sub module instances
    top$front_end$frame_rx$parser parser(
        .clock(parser$clock),
        .reset(parser$reset),
        .rx_bytes$data(rx_bytes$data),
        .rx_bytes$valid(rx_bytes$valid),
        .rx_bytes$ready(rx_bytes$ready),
        .line_error(parser$line_error),
        .run_write(parser$run_write),
        .model_ready(parser$model_ready),
        .run_bytes(parser$run_bytes),
        .ringing(parser$ringing),
        .data(parser$data),
        .cmd(parser$cmd),
        .seq(parser$seq),
        .length(parser$length),
        .received(parser$received),
        .length_ok(parser$length_ok),
        .header_good(parser$header_good),
        .payload_byte(parser$payload_byte),
        .frame_end(parser$frame_end),
        .crc_good(parser$crc_good),
        .finishing(parser$finishing),
        .answering(parser$answering),
        .closing(parser$closing),
        .job_valid(parser$job_valid),
        .bad_header(parser$bad_header),
        .timeout(parser$timeout),
        .frame_lost(parser$frame_lost)
    );
    top$front_end$frame_rx$decoder decoder(
        .clock(decoder$clock),
        .reset(decoder$reset),
        .data(decoder$data),
        .cmd(decoder$cmd),
        .length(decoder$length),
        .received(decoder$received),
        .length_ok(decoder$length_ok),
        .header_good(decoder$header_good),
        .payload_byte(decoder$payload_byte),
        .frame_end(decoder$frame_end),
        .crc_good(decoder$crc_good),
        .finishing(decoder$finishing),
        .answering(decoder$answering),
        .next_slot(decoder$next_slot),
        .next_slot_busy(decoder$next_slot_busy),
        .claim(decoder$claim),
        .window_full(decoder$window_full),
        .frame_lost(decoder$frame_lost),
        .repeated(decoder$repeated),
        .older(decoder$older),
        .run_bytes(decoder$run_bytes),
        .payload_write(decoder$payload_write),
        .payload_address(decoder$payload_address),
        .ringing(decoder$ringing),
        .doorbell(decoder$doorbell),
        .write_status(decoder$write_status),
        .status(decoder$status),
        .slot(decoder$slot),
        .replay(decoder$replay),
        .replay_older(decoder$replay_older),
        .carried_out(decoder$carried_out)
    );
    top$front_end$frame_rx$slots slots(
        .clock(slots$clock),
        .reset(slots$reset),
        .core_busy(slots$core_busy),
        .write_status(slots$write_status),
        .ringing(slots$ringing),
        .closing(slots$closing),
        .claim(slots$claim),
        .claim_slot(slots$claim_slot),
        .next_slot(slots$next_slot),
        .next_slot_busy(slots$next_slot_busy),
        .run_write(slots$run_write),
        .run_slot(slots$run_slot),
        .report$rung(run$rung),
        .report$status0(run$status0),
        .report$status1(run$status1),
        .report$release(run$release)
    );
    top$front_end$frame_rx$link_counters link_counters(
        .clock(link_counters$clock),
        .reset(link_counters$reset),
        .frame_ok(link_counters$frame_ok),
        .bad_header(link_counters$bad_header),
        .bad_crc(link_counters$bad_crc),
        .timeout(link_counters$timeout),
        .counters$frames_ok(counters$frames_ok),
        .counters$bad_headers(counters$bad_headers),
        .counters$bad_crcs(counters$bad_crcs),
        .counters$timeouts(counters$timeouts)
    );
    top$front_end$frame_rx$repeats repeats(
        .clock(repeats$clock),
        .reset(repeats$reset),
        .cmd(repeats$cmd),
        .seq(repeats$seq),
        .length(repeats$length),
        .job_valid(repeats$job_valid),
        .carried_out(repeats$carried_out),
        .repeated(repeats$repeated),
        .older(repeats$older),
        .remember(repeats$remember)
    );
    top$front_end$frame_rx$write_port write_port(
        .clock(write_port$clock),
        .reset(write_port$reset),
        .payload_write(write_port$payload_write),
        .payload_address(write_port$payload_address),
        .data(write_port$data),
        .run_write(write_port$run_write),
        .run_slot(write_port$run_slot),
        .ring(write_port$ring),
        .doorbell(write_port$doorbell),
        .write(write_port$write),
        .write_address(write_port$write_address),
        .write_data(write_port$write_data)
    );
    
    // Update code
    always @(*) begin
        parser$clock = clock;
        decoder$clock = clock;
        slots$clock = clock;
        link_counters$clock = clock;
        repeats$clock = clock;
        write_port$clock = clock;
        parser$reset = reset;
        decoder$reset = reset;
        slots$reset = reset;
        link_counters$reset = reset;
        repeats$reset = reset;
        parser$line_error = line_error;
        parser$run_write = slots$run_write;
        parser$ringing = decoder$ringing;
        parser$model_ready = model_ready;
        parser$run_bytes = decoder$run_bytes;
        decoder$data = parser$data;
        decoder$cmd = parser$cmd;
        decoder$length = parser$length;
        decoder$received = parser$received;
        decoder$length_ok = parser$length_ok;
        decoder$header_good = parser$header_good;
        decoder$payload_byte = parser$payload_byte;
        decoder$frame_end = parser$frame_end;
        decoder$crc_good = parser$crc_good;
        decoder$finishing = parser$finishing;
        decoder$answering = parser$answering;
        decoder$next_slot = slots$next_slot;
        decoder$next_slot_busy = slots$next_slot_busy;
        decoder$window_full = job$window_full;
        decoder$frame_lost = parser$frame_lost;
        decoder$write_status = write_status;
        write_port$reset = reset;
        write_port$payload_write = decoder$payload_write;
        write_port$payload_address = decoder$payload_address;
        write_port$data = parser$data;
        write_port$run_write = slots$run_write;
        write_port$run_slot = slots$run_slot;
        write_port$ring = decoder$ringing;
        write_port$doorbell = decoder$doorbell;
        write = write_port$write;
        write_address = write_port$write_address;
        write_data = write_port$write_data;
        repeats$cmd = parser$cmd;
        repeats$seq = parser$seq;
        repeats$length = parser$length;
        repeats$job_valid = parser$job_valid;
        repeats$carried_out = decoder$carried_out;
        decoder$repeated = repeats$repeated;
        decoder$older = repeats$older;
        slots$core_busy = core_busy;
        slots$write_status = write_status;
        slots$ringing = decoder$ringing;
        slots$closing = parser$closing;
        slots$claim = decoder$claim;
        slots$claim_slot = decoder$slot;
        link_counters$frame_ok = parser$frame_end & parser$crc_good;
        link_counters$bad_header = parser$bad_header;
        link_counters$bad_crc = parser$frame_end & ~parser$crc_good;
        link_counters$timeout = parser$timeout;
        job$valid = parser$job_valid;
        job$cmd = parser$cmd;
        job$seq = parser$seq;
        job$status = decoder$status;
        job$slot = decoder$slot;
        job$replay = decoder$replay;
        job$replay_older = decoder$replay_older;
        job$remember = repeats$remember;
    end
    
endmodule // top$front_end$frame_rx


module top$front_end$frame_rx$decoder(clock,reset,data,cmd,length,received,length_ok,header_good,payload_byte,frame_end,crc_good,finishing,answering,next_slot,next_slot_busy,claim,window_full,frame_lost,repeated,older,run_bytes,payload_write,payload_address,ringing,doorbell,write_status,status,slot,replay,replay_older,carried_out);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] data;
    input wire  [7:0] cmd;
    input wire  [15:0] length;
    input wire  [15:0] received;
    input wire  length_ok;
    input wire  header_good;
    input wire  payload_byte;
    input wire  frame_end;
    input wire  crc_good;
    input wire  finishing;
    input wire  answering;
    input wire  next_slot;
    input wire  next_slot_busy;
    output reg  claim;
    input wire  window_full;
    input wire  frame_lost;
    input wire  repeated;
    input wire  older;
    output reg  [15:0] run_bytes;
    output reg  payload_write;
    output reg  [23:0] payload_address;
    output reg  ringing;
    output reg  [23:0] doorbell;
    input wire  [7:0] write_status;
    output reg  [7:0] status;
    output reg  slot;
    output reg  replay;
    output reg  replay_older;
    output reg  carried_out;
    
    // Constant declarations
    localparam  cmd_load_key = 8'h10;
    localparam  cmd_load_weights = 8'h20;
    localparam  cmd_load_config = 8'h21;
    localparam  cmd_run = 8'h30;
    localparam  offset_bytes = 16'h4;
    localparam  weight_bytes = 32'h3400;
    localparam  key_base = 24'h820000;
    localparam  key_discard = 24'h820012;
    localparam  config_base = 24'h830000;
    localparam  input0 = 24'h840000;
    localparam  input1 = 24'h850000;
    localparam  ok = 8'h0;
    localparam  bad_crc = 8'h1;
    localparam  bad_length = 8'h2;
    localparam  unknown_command = 8'h3;
    localparam  bad_address = 8'h7;
    localparam  busy_code = 8'ha;
    localparam  one16 = 16'h1;
    localparam  one24 = 24'h1;
    localparam  zero32 = 32'h0;
    localparam  seven32 = 32'h7;
    localparam  byte_shift = 8'h8;
    localparam  top_shift = 8'h18;
    
    // Enums
    localparam Action$Discard = 0;
    localparam Action$Key = 1;
    localparam Action$Weights = 2;
    localparam Action$Config = 3;
    localparam Action$Input = 4;
    
    // Stub signals
    reg  [2:0] action$d;
    wire  [2:0] action$q;
    reg  action$clock;
    reg  replaying$d;
    wire  replaying$q;
    reg  replaying$clock;
    reg  older_q$d;
    wire  older_q$q;
    reg  older_q$clock;
    reg  [7:0] status_q$d;
    wire  [7:0] status_q$q;
    reg  status_q$clock;
    reg  [23:0] address$d;
    wire  [23:0] address$q;
    reg  address$clock;
    reg  [31:0] offset$d;
    wire  [31:0] offset$q;
    reg  offset$clock;
    reg  [23:0] doorbell_q$d;
    wire  [23:0] doorbell_q$q;
    reg  doorbell_q$clock;
    reg  ring$d;
    wire  ring$q;
    reg  ring$clock;
    reg  rang$d;
    wire  rang$q;
    reg  rang$clock;
    reg  slot_q$d;
    wire  slot_q$q;
    reg  slot_q$clock;
    reg  chunk_bad_q$d;
    wire  chunk_bad_q$q;
    reg  chunk_bad_q$clock;
    reg  [7:0] commands$cmd;
    wire  commands$unknown;
    wire  commands$rings;
    wire  [23:0] commands$doorbell;
    wire  commands$run;
    reg  payload_write_q1$d;
    wire  payload_write_q1$q;
    reg  payload_write_q1$clock;
    reg  payload_write_q2$d;
    wire  payload_write_q2$q;
    reg  payload_write_q2$clock;
    reg  run_length$clock;
    reg  run_length$reset;
    reg  run_length$config_write;
    reg  [15:0] run_length$received;
    reg  [7:0] run_length$data;
    reg  [7:0] run_length$write_status;
    wire  [15:0] run_length$run_bytes;
    
    // Local signals
    reg  [31:0] weights_end;
    reg  [31:0] offset_next;
    
    // Sub module instances
    top$front_end$frame_rx$decoder$action action(
        .d(action$d),
        .q(action$q),
        .clock(action$clock)
    );
    top$front_end$frame_rx$decoder$replaying replaying(
        .d(replaying$d),
        .q(replaying$q),
        .clock(replaying$clock)
    );
    top$front_end$frame_rx$decoder$older_q older_q(
        .d(older_q$d),
        .q(older_q$q),
        .clock(older_q$clock)
    );
    top$front_end$frame_rx$decoder$status_q status_q(
        .d(status_q$d),
        .q(status_q$q),
        .clock(status_q$clock)
    );
    top$front_end$frame_rx$decoder$address address(
        .d(address$d),
        .q(address$q),
        .clock(address$clock)
    );
    top$front_end$frame_rx$decoder$offset offset(
        .d(offset$d),
        .q(offset$q),
        .clock(offset$clock)
    );
    top$front_end$frame_rx$decoder$doorbell_q doorbell_q(
        .d(doorbell_q$d),
        .q(doorbell_q$q),
        .clock(doorbell_q$clock)
    );
    top$front_end$frame_rx$decoder$ring ring(
        .d(ring$d),
        .q(ring$q),
        .clock(ring$clock)
    );
    top$front_end$frame_rx$decoder$rang rang(
        .d(rang$d),
        .q(rang$q),
        .clock(rang$clock)
    );
    top$front_end$frame_rx$decoder$slot_q slot_q(
        .d(slot_q$d),
        .q(slot_q$q),
        .clock(slot_q$clock)
    );
    top$front_end$frame_rx$decoder$chunk_bad_q chunk_bad_q(
        .d(chunk_bad_q$d),
        .q(chunk_bad_q$q),
        .clock(chunk_bad_q$clock)
    );
    top$front_end$frame_rx$decoder$commands commands(
        .cmd(commands$cmd),
        .unknown(commands$unknown),
        .rings(commands$rings),
        .doorbell(commands$doorbell),
        .run(commands$run)
    );
    top$front_end$frame_rx$decoder$payload_write_q1 payload_write_q1(
        .d(payload_write_q1$d),
        .q(payload_write_q1$q),
        .clock(payload_write_q1$clock)
    );
    top$front_end$frame_rx$decoder$payload_write_q2 payload_write_q2(
        .d(payload_write_q2$d),
        .q(payload_write_q2$q),
        .clock(payload_write_q2$clock)
    );
    top$front_end$frame_rx$decoder$run_length run_length(
        .clock(run_length$clock),
        .reset(run_length$reset),
        .config_write(run_length$config_write),
        .received(run_length$received),
        .data(run_length$data),
        .write_status(run_length$write_status),
        .run_bytes(run_length$run_bytes)
    );
    
    // Update code
    always @(*) begin
        action$clock = clock;
        status_q$clock = clock;
        address$clock = clock;
        offset$clock = clock;
        doorbell_q$clock = clock;
        ring$clock = clock;
        rang$clock = clock;
        slot_q$clock = clock;
        chunk_bad_q$clock = clock;
        payload_write_q1$clock = clock;
        payload_write_q2$clock = clock;
        replaying$clock = clock;
        older_q$clock = clock;
        action$d = action$q;
        status_q$d = status_q$q;
        address$d = address$q;
        offset$d = offset$q;
        doorbell_q$d = doorbell_q$q;
        ring$d = ring$q;
        rang$d = rang$q;
        slot_q$d = slot_q$q;
        chunk_bad_q$d = chunk_bad_q$q;
        payload_write_q1$d = payload_write_q1$q;
        payload_write_q2$d = payload_write_q2$q;
        replaying$d = replaying$q;
        older_q$d = older_q$q;
        run_length$clock = clock;
        commands$cmd = cmd;
        ring$d = 1'b0;
        payload_write = 1'b0;
        claim = 1'b0;
        offset_next = (offset$q >> byte_shift) | (((data) & 32'hffffffff) << top_shift);
        weights_end = offset$q + ((length) & 32'hffffffff) - ((offset_bytes) & 32'hffffffff);
        chunk_bad_q$d = ((offset$q & seven32) != zero32) | (offset$q > weight_bytes) | (weights_end > weight_bytes);
        if (header_good) begin
            action$d = Action$Discard;
            status_q$d = ok;
            offset$d = zero32;
            replaying$d = 1'b0;
            if (commands$unknown) begin
                status_q$d = unknown_command;
            end
            else if (~length_ok) begin
                status_q$d = bad_length;
            end
            else if (window_full) begin
                status_q$d = busy_code;
            end
            else if (repeated) begin
                replaying$d = 1'b1;
                older_q$d = older;
            end
            else if (cmd == cmd_load_key) begin
                action$d = Action$Key;
                address$d = key_base;
            end
            else if (cmd == cmd_load_weights) begin
                action$d = Action$Weights;
            end
            else if (cmd == cmd_load_config) begin
                action$d = Action$Config;
                address$d = config_base;
            end
            else if (cmd == cmd_run) begin
                if (next_slot_busy) begin
                    status_q$d = busy_code;
                end
                else begin
                    action$d = Action$Input;
                    slot_q$d = next_slot;
                    address$d = input0;
                    if (next_slot) begin
                        address$d = input1;
                    end
                end
            end
        end
        if (payload_byte) begin
            case (action$q)
                Action$Discard:
                    begin
                    end
                Action$Weights:
                    begin
                        if (received < offset_bytes) begin
                            offset$d = offset_next;
                            if (received + one16 == offset_bytes) begin
                                address$d = offset_next[(32'h0)+:(24)];
                            end
                        end
                        else if (received == offset_bytes) begin
                            if (chunk_bad_q$q) begin
                                status_q$d = bad_address;
                                action$d = Action$Discard;
                            end
                            else begin
                                payload_write = 1'b1;
                            end
                        end
                        else begin
                            payload_write = 1'b1;
                        end
                    end
                default:
                    begin
                        payload_write = 1'b1;
                    end
            endcase
        end
        payload_write_q1$d = payload_write;
        payload_write_q2$d = payload_write_q1$q;
        if (payload_write_q2$q & (write_status != ok) & (status_q$q == ok)) begin
            status_q$d = write_status;
        end
        run_length$reset = reset;
        run_length$config_write = payload_write & (action$q == Action$Config);
        run_length$received = received;
        run_length$data = data;
        run_length$write_status = write_status;
        run_bytes = run_length$run_bytes;
        if (frame_end) begin
            rang$d = 1'b0;
            action$d = Action$Discard;
            if (~crc_good) begin
                status_q$d = bad_crc;
            end
            if ((~crc_good | (status_q$q != ok)) & (action$q == Action$Key)) begin
                ring$d = 1'b1;
                doorbell_q$d = key_discard;
            end
            else if (crc_good & (status_q$q == ok) & ~replaying$q) begin
                ring$d = commands$rings;
                doorbell_q$d = commands$doorbell;
                claim = commands$run;
            end
        end
        if (frame_lost) begin
            action$d = Action$Discard;
            if (action$q == Action$Key) begin
                ring$d = 1'b1;
                doorbell_q$d = key_discard;
            end
        end
        if (finishing) begin
            rang$d = ring$q;
        end
        if (answering) begin
            if (rang$q & (status_q$q == ok) & (write_status != ok)) begin
                status_q$d = write_status;
            end
        end
        if (payload_write) begin
            address$d = address$q + one24;
        end
        if (reset) begin
            action$d = Action$Discard;
            replaying$d = 1'b0;
        end
        payload_address = address$q;
        ringing = ring$q;
        doorbell = doorbell_q$q;
        status = status_q$q;
        slot = slot_q$q;
        replay = replaying$q;
        replay_older = older_q$q;
        carried_out = (status_q$q == ok) & ~replaying$q;
    end
    
endmodule // top$front_end$frame_rx$decoder


module top$front_end$frame_rx$decoder$action(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam Action$Discard = 0;
    localparam Action$Key = 1;
    localparam Action$Weights = 2;
    localparam Action$Config = 3;
    localparam Action$Input = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$action


module top$front_end$frame_rx$decoder$address(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$address


module top$front_end$frame_rx$decoder$chunk_bad_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$chunk_bad_q


module top$front_end$frame_rx$decoder$commands(cmd,unknown,rings,doorbell,run);
    
    // Module arguments
    input wire  [7:0] cmd;
    output reg  unknown;
    output reg  rings;
    output reg  [23:0] doorbell;
    output reg  run;
    
    // Constant declarations
    localparam  cmd_info = 8'h1;
    localparam  cmd_status = 8'h2;
    localparam  cmd_load_key = 8'h10;
    localparam  cmd_clear_key = 8'h11;
    localparam  cmd_load_weights = 8'h20;
    localparam  cmd_load_config = 8'h21;
    localparam  cmd_run = 8'h30;
    localparam  cmd_read_result = 8'h31;
    localparam  key_commit = 24'h820010;
    localparam  key_clear = 24'h820011;
    localparam  config_commit = 24'h830100;
    
    // Update code
    always @(*) begin
        unknown = (cmd != cmd_info) & (cmd != cmd_status) & (cmd != cmd_load_key) & (cmd != cmd_clear_key) & (cmd != cmd_load_weights) & (cmd != cmd_load_config) & (cmd != cmd_run) & (cmd != cmd_read_result);
        rings = 1'b1;
        doorbell = key_commit;
        if (cmd == cmd_clear_key) begin
            doorbell = key_clear;
        end
        else if (cmd == cmd_load_config) begin
            doorbell = config_commit;
        end
        else if (cmd != cmd_load_key) begin
            rings = 1'b0;
        end
        run = cmd == cmd_run;
    end
    
endmodule // top$front_end$frame_rx$decoder$commands


module top$front_end$frame_rx$decoder$doorbell_q(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$doorbell_q


module top$front_end$frame_rx$decoder$offset(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$offset


module top$front_end$frame_rx$decoder$older_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$older_q


module top$front_end$frame_rx$decoder$payload_write_q1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$payload_write_q1


module top$front_end$frame_rx$decoder$payload_write_q2(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$payload_write_q2


module top$front_end$frame_rx$decoder$rang(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$rang


module top$front_end$frame_rx$decoder$replaying(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$replaying


module top$front_end$frame_rx$decoder$ring(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$ring


module top$front_end$frame_rx$decoder$run_length(clock,reset,config_write,received,data,write_status,run_bytes);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  config_write;
    input wire  [15:0] received;
    input wire  [7:0] data;
    input wire  [7:0] write_status;
    output reg  [15:0] run_bytes;
    
    // Constant declarations
    localparam  low_at = 16'h8;
    localparam  high_at = 16'h9;
    localparam  low_byte = 2'b1;
    localparam  high_byte = 2'b10;
    localparam  zero2 = 2'b0;
    localparam  low_mask = 16'hff;
    localparam  high_mask = 16'hff00;
    localparam  zero16 = 16'h0;
    localparam  seven16 = 16'h7;
    localparam  not_seven16 = 16'hfff8;
    localparam  byte_shift = 8'h8;
    localparam  ok = 8'h0;
    
    // Stub signals
    reg  [1:0] byte_q1$d;
    wire  [1:0] byte_q1$q;
    reg  byte_q1$clock;
    reg  [1:0] byte_q2$d;
    wire  [1:0] byte_q2$q;
    reg  byte_q2$clock;
    reg  [7:0] data_q1$d;
    wire  [7:0] data_q1$q;
    reg  data_q1$clock;
    reg  [7:0] data_q2$d;
    wire  [7:0] data_q2$q;
    reg  data_q2$clock;
    reg  [15:0] inputs$d;
    wire  [15:0] inputs$q;
    reg  inputs$clock;
    
    // Local signals
    reg  [1:0] which_byte;
    
    // Sub module instances
    top$front_end$frame_rx$decoder$run_length$byte_q1 byte_q1(
        .d(byte_q1$d),
        .q(byte_q1$q),
        .clock(byte_q1$clock)
    );
    top$front_end$frame_rx$decoder$run_length$byte_q2 byte_q2(
        .d(byte_q2$d),
        .q(byte_q2$q),
        .clock(byte_q2$clock)
    );
    top$front_end$frame_rx$decoder$run_length$data_q1 data_q1(
        .d(data_q1$d),
        .q(data_q1$q),
        .clock(data_q1$clock)
    );
    top$front_end$frame_rx$decoder$run_length$data_q2 data_q2(
        .d(data_q2$d),
        .q(data_q2$q),
        .clock(data_q2$clock)
    );
    top$front_end$frame_rx$decoder$run_length$inputs inputs(
        .d(inputs$d),
        .q(inputs$q),
        .clock(inputs$clock)
    );
    
    // Update code
    always @(*) begin
        byte_q1$clock = clock;
        byte_q2$clock = clock;
        data_q1$clock = clock;
        data_q2$clock = clock;
        inputs$clock = clock;
        byte_q1$d = byte_q1$q;
        byte_q2$d = byte_q2$q;
        data_q1$d = data_q1$q;
        data_q2$d = data_q2$q;
        inputs$d = inputs$q;
        which_byte = zero2;
        if (config_write) begin
            if (received == low_at) begin
                which_byte = low_byte;
            end
            if (received == high_at) begin
                which_byte = high_byte;
            end
        end
        byte_q1$d = which_byte;
        byte_q2$d = byte_q1$q;
        data_q1$d = data;
        data_q2$d = data_q1$q;
        if (write_status == ok) begin
            if (byte_q2$q == low_byte) begin
                inputs$d = (inputs$q & high_mask) | ((data_q2$q) & 16'hffff);
            end
            if (byte_q2$q == high_byte) begin
                inputs$d = (inputs$q & low_mask) | (((data_q2$q) & 16'hffff) << byte_shift);
            end
        end
        if (reset) begin
            inputs$d = zero16;
        end
        run_bytes = (inputs$q + seven16) & not_seven16;
    end
    
endmodule // top$front_end$frame_rx$decoder$run_length


module top$front_end$frame_rx$decoder$run_length$byte_q1(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$run_length$byte_q1


module top$front_end$frame_rx$decoder$run_length$byte_q2(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$run_length$byte_q2


module top$front_end$frame_rx$decoder$run_length$data_q1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$run_length$data_q1


module top$front_end$frame_rx$decoder$run_length$data_q2(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$run_length$data_q2


module top$front_end$frame_rx$decoder$run_length$inputs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$run_length$inputs


module top$front_end$frame_rx$decoder$slot_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$slot_q


module top$front_end$frame_rx$decoder$status_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$decoder$status_q


module top$front_end$frame_rx$link_counters(clock,reset,frame_ok,bad_header,bad_crc,timeout,counters$frames_ok,counters$bad_headers,counters$bad_crcs,counters$timeouts);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  frame_ok;
    input wire  bad_header;
    input wire  bad_crc;
    input wire  timeout;
    output reg  [15:0] counters$frames_ok;
    output reg  [15:0] counters$bad_headers;
    output reg  [15:0] counters$bad_crcs;
    output reg  [15:0] counters$timeouts;
    
    // Constant declarations
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  max16 = 16'hffff;
    
    // Stub signals
    reg  [15:0] count_ok$d;
    wire  [15:0] count_ok$q;
    reg  count_ok$clock;
    reg  [15:0] count_headers$d;
    wire  [15:0] count_headers$q;
    reg  count_headers$clock;
    reg  [15:0] count_crcs$d;
    wire  [15:0] count_crcs$q;
    reg  count_crcs$clock;
    reg  [15:0] count_timeouts$d;
    wire  [15:0] count_timeouts$q;
    reg  count_timeouts$clock;
    
    // Sub module instances
    top$front_end$frame_rx$link_counters$count_ok count_ok(
        .d(count_ok$d),
        .q(count_ok$q),
        .clock(count_ok$clock)
    );
    top$front_end$frame_rx$link_counters$count_headers count_headers(
        .d(count_headers$d),
        .q(count_headers$q),
        .clock(count_headers$clock)
    );
    top$front_end$frame_rx$link_counters$count_crcs count_crcs(
        .d(count_crcs$d),
        .q(count_crcs$q),
        .clock(count_crcs$clock)
    );
    top$front_end$frame_rx$link_counters$count_timeouts count_timeouts(
        .d(count_timeouts$d),
        .q(count_timeouts$q),
        .clock(count_timeouts$clock)
    );
    
    // Update code
    always @(*) begin
        count_ok$clock = clock;
        count_headers$clock = clock;
        count_crcs$clock = clock;
        count_timeouts$clock = clock;
        count_ok$d = count_ok$q;
        count_headers$d = count_headers$q;
        count_crcs$d = count_crcs$q;
        count_timeouts$d = count_timeouts$q;
        if (frame_ok & (count_ok$q != max16)) begin
            count_ok$d = count_ok$q + one16;
        end
        if (bad_header & (count_headers$q != max16)) begin
            count_headers$d = count_headers$q + one16;
        end
        if (bad_crc & (count_crcs$q != max16)) begin
            count_crcs$d = count_crcs$q + one16;
        end
        if (timeout & (count_timeouts$q != max16)) begin
            count_timeouts$d = count_timeouts$q + one16;
        end
        if (reset) begin
            count_ok$d = zero16;
            count_headers$d = zero16;
            count_crcs$d = zero16;
            count_timeouts$d = zero16;
        end
        counters$frames_ok = count_ok$q;
        counters$bad_headers = count_headers$q;
        counters$bad_crcs = count_crcs$q;
        counters$timeouts = count_timeouts$q;
    end
    
endmodule // top$front_end$frame_rx$link_counters


module top$front_end$frame_rx$link_counters$count_crcs(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$link_counters$count_crcs


module top$front_end$frame_rx$link_counters$count_headers(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$link_counters$count_headers


module top$front_end$frame_rx$link_counters$count_ok(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$link_counters$count_ok


module top$front_end$frame_rx$link_counters$count_timeouts(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$link_counters$count_timeouts


module top$front_end$frame_rx$parser(clock,reset,rx_bytes$data,rx_bytes$valid,rx_bytes$ready,line_error,run_write,model_ready,run_bytes,ringing,data,cmd,seq,length,received,length_ok,header_good,payload_byte,frame_end,crc_good,finishing,answering,closing,job_valid,bad_header,timeout,frame_lost);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] rx_bytes$data;
    input wire  rx_bytes$valid;
    output reg  rx_bytes$ready;
    input wire  line_error;
    input wire  run_write;
    input wire  model_ready;
    input wire  [15:0] run_bytes;
    input wire  ringing;
    output reg  [7:0] data;
    output reg  [7:0] cmd;
    output reg  [7:0] seq;
    output reg  [15:0] length;
    output reg  [15:0] received;
    output reg  length_ok;
    output reg  header_good;
    output reg  payload_byte;
    output reg  frame_end;
    output reg  crc_good;
    output reg  finishing;
    output reg  answering;
    output reg  closing;
    output reg  job_valid;
    output reg  bad_header;
    output reg  timeout;
    output reg  frame_lost;
    
    // Constant declarations
    localparam  sync0 = 8'ha5;
    localparam  sync1 = 8'h5a;
    localparam  timeout_clocks = 24'h1d4c0;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  zero24 = 24'h0;
    localparam  one24 = 24'h1;
    localparam  byte_shift = 8'h8;
    
    // Enums
    localparam ParseState$Hunt = 0;
    localparam ParseState$Sync1 = 1;
    localparam ParseState$Header = 2;
    localparam ParseState$HeaderCrc = 3;
    localparam ParseState$Payload = 4;
    localparam ParseState$Crc0 = 5;
    localparam ParseState$Crc1 = 6;
    localparam ParseState$Finish = 7;
    localparam ParseState$Settle = 8;
    localparam ParseState$Answer = 9;
    
    // Stub signals
    reg  length_check$clock;
    reg  [7:0] length_check$cmd;
    reg  [15:0] length_check$length;
    reg  length_check$model_ready;
    reg  [15:0] length_check$run_bytes;
    wire  length_check$length_ok;
    wire  length_check$too_long;
    reg  header_crc$clock;
    reg  header_crc$clear;
    reg  header_crc$enable;
    reg  [7:0] header_crc$data;
    wire  [7:0] header_crc$crc;
    reg  frame_crc$clock;
    reg  frame_crc$clear;
    reg  frame_crc$enable;
    reg  [7:0] frame_crc$data;
    wire  [15:0] frame_crc$crc;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  [15:0] left$d;
    wire  [15:0] left$q;
    reg  left$clock;
    reg  [15:0] received_q$d;
    wire  [15:0] received_q$q;
    reg  received_q$clock;
    reg  [7:0] crc_low$d;
    wire  [7:0] crc_low$q;
    reg  crc_low$clock;
    reg  [23:0] silence$d;
    wire  [23:0] silence$q;
    reg  silence$clock;
    reg  job_pulse$d;
    wire  job_pulse$q;
    reg  job_pulse$clock;
    reg  header$clock;
    reg  header$reset;
    reg  [7:0] header$rx_data;
    reg  header$start;
    reg  header$field_byte;
    reg  header$bad_crc_byte;
    wire  [7:0] header$frame_byte;
    wire  header$replaying;
    wire  header$last_field;
    wire  [7:0] header$cmd;
    wire  [7:0] header$seq;
    wire  [15:0] header$length;
    
    // Local signals
    reg  [7:0] frame_byte;
    reg  take;
    reg  header_byte;
    
    // Sub module instances
    top$front_end$frame_rx$parser$length_check length_check(
        .clock(length_check$clock),
        .cmd(length_check$cmd),
        .length(length_check$length),
        .model_ready(length_check$model_ready),
        .run_bytes(length_check$run_bytes),
        .length_ok(length_check$length_ok),
        .too_long(length_check$too_long)
    );
    top$front_end$frame_rx$parser$header_crc header_crc(
        .clock(header_crc$clock),
        .clear(header_crc$clear),
        .enable(header_crc$enable),
        .data(header_crc$data),
        .crc(header_crc$crc)
    );
    top$front_end$frame_rx$parser$frame_crc frame_crc(
        .clock(frame_crc$clock),
        .clear(frame_crc$clear),
        .enable(frame_crc$enable),
        .data(frame_crc$data),
        .crc(frame_crc$crc)
    );
    top$front_end$frame_rx$parser$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$front_end$frame_rx$parser$left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    top$front_end$frame_rx$parser$received_q received_q(
        .d(received_q$d),
        .q(received_q$q),
        .clock(received_q$clock)
    );
    top$front_end$frame_rx$parser$crc_low crc_low(
        .d(crc_low$d),
        .q(crc_low$q),
        .clock(crc_low$clock)
    );
    top$front_end$frame_rx$parser$silence silence(
        .d(silence$d),
        .q(silence$q),
        .clock(silence$clock)
    );
    top$front_end$frame_rx$parser$job_pulse job_pulse(
        .d(job_pulse$d),
        .q(job_pulse$q),
        .clock(job_pulse$clock)
    );
    top$front_end$frame_rx$parser$header header(
        .clock(header$clock),
        .reset(header$reset),
        .rx_data(header$rx_data),
        .start(header$start),
        .field_byte(header$field_byte),
        .bad_crc_byte(header$bad_crc_byte),
        .frame_byte(header$frame_byte),
        .replaying(header$replaying),
        .last_field(header$last_field),
        .cmd(header$cmd),
        .seq(header$seq),
        .length(header$length)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        left$clock = clock;
        received_q$clock = clock;
        crc_low$clock = clock;
        silence$clock = clock;
        job_pulse$clock = clock;
        state$d = state$q;
        left$d = left$q;
        received_q$d = received_q$q;
        crc_low$d = crc_low$q;
        silence$d = silence$q;
        job_pulse$d = job_pulse$q;
        length_check$clock = clock;
        header_crc$clock = clock;
        frame_crc$clock = clock;
        header$clock = clock;
        length_check$cmd = header$cmd;
        length_check$length = header$length;
        length_check$model_ready = model_ready;
        length_check$run_bytes = run_bytes;
        header$reset = reset;
        header$rx_data = rx_bytes$data;
        header$bad_crc_byte = 1'b0;
        frame_byte = header$frame_byte;
        job_pulse$d = 1'b0;
        header_crc$clear = 1'b0;
        header_byte = 1'b0;
        frame_crc$clear = 1'b0;
        frame_crc$enable = 1'b0;
        header_crc$data = frame_byte;
        frame_crc$data = frame_byte;
        header_good = 1'b0;
        payload_byte = 1'b0;
        frame_end = 1'b0;
        bad_header = 1'b0;
        timeout = 1'b0;
        rx_bytes$ready = ~run_write & ~ringing & ~header$replaying & (state$q != ParseState$Finish) & (state$q != ParseState$Settle) & (state$q != ParseState$Answer);
        take = (rx_bytes$valid & rx_bytes$ready) | header$replaying;
        crc_good = (((crc_low$q) & 16'hffff) | (((frame_byte) & 16'hffff) << byte_shift)) == frame_crc$crc;
        if ((state$q == ParseState$Hunt) | take) begin
            silence$d = zero24;
        end
        else if (silence$q != timeout_clocks) begin
            silence$d = silence$q + one24;
        end
        if (take) begin
            case (state$q)
                ParseState$Hunt:
                    begin
                        if (frame_byte == sync0) begin
                            state$d = ParseState$Sync1;
                        end
                    end
                ParseState$Sync1:
                    begin
                        if (frame_byte == sync1) begin
                            state$d = ParseState$Header;
                            header_crc$clear = 1'b1;
                            frame_crc$clear = 1'b1;
                        end
                        else if (frame_byte != sync0) begin
                            state$d = ParseState$Hunt;
                        end
                    end
                ParseState$Header:
                    begin
                        header_byte = 1'b1;
                        if (header$last_field) begin
                            state$d = ParseState$HeaderCrc;
                        end
                    end
                ParseState$HeaderCrc:
                    begin
                        frame_crc$enable = 1'b1;
                        if (frame_byte != header_crc$crc) begin
                            bad_header = 1'b1;
                            state$d = ParseState$Hunt;
                            header$bad_crc_byte = 1'b1;
                        end
                        else if (length_check$too_long) begin
                            header_good = 1'b1;
                            state$d = ParseState$Finish;
                        end
                        else begin
                            header_good = 1'b1;
                            left$d = header$length;
                            received_q$d = zero16;
                            state$d = ParseState$Payload;
                            if (header$length == zero16) begin
                                state$d = ParseState$Crc0;
                            end
                        end
                    end
                ParseState$Payload:
                    begin
                        payload_byte = 1'b1;
                        frame_crc$enable = 1'b1;
                        left$d = left$q - one16;
                        received_q$d = received_q$q + one16;
                        if (left$q == one16) begin
                            state$d = ParseState$Crc0;
                        end
                    end
                ParseState$Crc0:
                    begin
                        crc_low$d = frame_byte;
                        state$d = ParseState$Crc1;
                    end
                ParseState$Crc1:
                    begin
                        frame_end = 1'b1;
                        state$d = ParseState$Finish;
                    end
                default:
                    begin
                    end
            endcase
        end
        case (state$q)
            ParseState$Finish:
                begin
                    state$d = ParseState$Settle;
                end
            ParseState$Settle:
                begin
                    state$d = ParseState$Answer;
                end
            ParseState$Answer:
                begin
                    job_pulse$d = 1'b1;
                    state$d = ParseState$Hunt;
                end
            default:
                begin
                end
        endcase
        header_crc$enable = header_byte;
        header$field_byte = header_byte;
        header$start = header_crc$clear;
        if (header_byte) begin
            frame_crc$enable = 1'b1;
        end
        if ((state$q != ParseState$Hunt) & (silence$q == timeout_clocks)) begin
            timeout = 1'b1;
            state$d = ParseState$Hunt;
        end
        frame_lost = timeout;
        if (line_error & (state$q != ParseState$Hunt)) begin
            bad_header = 1'b1;
            frame_lost = 1'b1;
            state$d = ParseState$Hunt;
        end
        if (reset) begin
            state$d = ParseState$Hunt;
        end
        data = frame_byte;
        cmd = header$cmd;
        seq = header$seq;
        length = header$length;
        received = received_q$q;
        length_ok = length_check$length_ok;
        finishing = state$q == ParseState$Finish;
        answering = state$q == ParseState$Answer;
        closing = (state$q == ParseState$Settle) | (state$q == ParseState$Answer);
        job_valid = job_pulse$q;
    end
    
endmodule // top$front_end$frame_rx$parser


module top$front_end$frame_rx$parser$crc_low(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$crc_low


module top$front_end$frame_rx$parser$frame_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [15:0] crc;
    
    // Update code (custom)
    reg [15:0] state;
    wire [15:0] next;
    assign next[0] = ^(state & 16'h1100) ^ ^(data & 8'h11);
    assign next[1] = ^(state & 16'h2200) ^ ^(data & 8'h22);
    assign next[2] = ^(state & 16'h4400) ^ ^(data & 8'h44);
    assign next[3] = ^(state & 16'h8800) ^ ^(data & 8'h88);
    assign next[4] = ^(state & 16'h1000) ^ ^(data & 8'h10);
    assign next[5] = ^(state & 16'h3100) ^ ^(data & 8'h31);
    assign next[6] = ^(state & 16'h6200) ^ ^(data & 8'h62);
    assign next[7] = ^(state & 16'hc400) ^ ^(data & 8'hc4);
    assign next[8] = ^(state & 16'h8801) ^ ^(data & 8'h88);
    assign next[9] = ^(state & 16'h1002) ^ ^(data & 8'h10);
    assign next[10] = ^(state & 16'h2004) ^ ^(data & 8'h20);
    assign next[11] = ^(state & 16'h4008) ^ ^(data & 8'h40);
    assign next[12] = ^(state & 16'h9110) ^ ^(data & 8'h91);
    assign next[13] = ^(state & 16'h2220) ^ ^(data & 8'h22);
    assign next[14] = ^(state & 16'h4440) ^ ^(data & 8'h44);
    assign next[15] = ^(state & 16'h8880) ^ ^(data & 8'h88);
    always @(posedge clock) begin
        if (clear) state <= 16'hffff;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 16'h0;
endmodule // top$front_end$frame_rx$parser$frame_crc


module top$front_end$frame_rx$parser$header(clock,reset,rx_data,start,field_byte,bad_crc_byte,frame_byte,replaying,last_field,cmd,seq,length);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] rx_data;
    input wire  start;
    input wire  field_byte;
    input wire  bad_crc_byte;
    output reg  [7:0] frame_byte;
    output reg  replaying;
    output reg  last_field;
    output reg  [7:0] cmd;
    output reg  [7:0] seq;
    output reg  [15:0] length;
    
    // Constant declarations
    localparam  replay_bytes = 3'b101;
    localparam  zero3 = 3'b0;
    localparam  one3 = 3'b1;
    localparam  zero2 = 2'b0;
    localparam  one2 = 2'b1;
    localparam  three2 = 2'b11;
    
    // Stub signals
    reg  [31:0] fields$d;
    wire  [31:0] fields$q;
    reg  fields$clock;
    reg  [1:0] taken$d;
    wire  [1:0] taken$q;
    reg  taken$clock;
    reg  [39:0] replay$d;
    wire  [39:0] replay$q;
    reg  replay$clock;
    reg  [2:0] replay_left$d;
    wire  [2:0] replay_left$q;
    reg  replay_left$clock;
    
    // Sub module instances
    top$front_end$frame_rx$parser$header$fields fields(
        .d(fields$d),
        .q(fields$q),
        .clock(fields$clock)
    );
    top$front_end$frame_rx$parser$header$taken taken(
        .d(taken$d),
        .q(taken$q),
        .clock(taken$clock)
    );
    top$front_end$frame_rx$parser$header$replay replay(
        .d(replay$d),
        .q(replay$q),
        .clock(replay$clock)
    );
    top$front_end$frame_rx$parser$header$replay_left replay_left(
        .d(replay_left$d),
        .q(replay_left$q),
        .clock(replay_left$clock)
    );
    
    // Update code
    always @(*) begin
        fields$clock = clock;
        taken$clock = clock;
        replay$clock = clock;
        replay_left$clock = clock;
        fields$d = fields$q;
        taken$d = taken$q;
        replay$d = replay$q;
        replay_left$d = replay_left$q;
        replaying = replay_left$q != zero3;
        frame_byte = rx_data;
        if (replaying) begin
            frame_byte = replay$q[(32'h0)+:(8)];
            replay$d = replay$q >> 32'h8;
            replay_left$d = replay_left$q - one3;
        end
        if (start) begin
            taken$d = zero2;
        end
        last_field = taken$q == three2;
        if (field_byte) begin
            fields$d = (fields$q >> 32'h8) | (((frame_byte) & 32'hffffffff) << 32'h18);
            taken$d = taken$q + one2;
        end
        if (bad_crc_byte) begin
            replay$d = ((fields$q) & 40'hffffffffff) | (((frame_byte) & 40'hffffffffff) << 32'h20);
            replay_left$d = replay_bytes;
        end
        if (reset) begin
            replay_left$d = zero3;
        end
        cmd = fields$q[(32'h0)+:(8)];
        seq = fields$q[(32'h8)+:(8)];
        length = fields$q[(32'h10)+:(16)];
    end
    
endmodule // top$front_end$frame_rx$parser$header


module top$front_end$frame_rx$parser$header$fields(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$header$fields


module top$front_end$frame_rx$parser$header$replay(d,q,clock);
    
    // Module arguments
    input wire  [39:0] d;
    output reg  [39:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 40'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$header$replay


module top$front_end$frame_rx$parser$header$replay_left(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 3'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$header$replay_left


module top$front_end$frame_rx$parser$header$taken(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$header$taken


module top$front_end$frame_rx$parser$header_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [7:0] crc;
    
    // Update code (custom)
    reg [7:0] state;
    wire [7:0] next;
    assign next[0] = ^(state & 8'hc1) ^ ^(data & 8'hc1);
    assign next[1] = ^(state & 8'h43) ^ ^(data & 8'h43);
    assign next[2] = ^(state & 8'h47) ^ ^(data & 8'h47);
    assign next[3] = ^(state & 8'h8e) ^ ^(data & 8'h8e);
    assign next[4] = ^(state & 8'h1c) ^ ^(data & 8'h1c);
    assign next[5] = ^(state & 8'h38) ^ ^(data & 8'h38);
    assign next[6] = ^(state & 8'h70) ^ ^(data & 8'h70);
    assign next[7] = ^(state & 8'he0) ^ ^(data & 8'he0);
    always @(posedge clock) begin
        if (clear) state <= 8'h0;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 8'h0;
endmodule // top$front_end$frame_rx$parser$header_crc


module top$front_end$frame_rx$parser$job_pulse(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$job_pulse


module top$front_end$frame_rx$parser$left(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$left


module top$front_end$frame_rx$parser$length_check(clock,cmd,length,model_ready,run_bytes,length_ok,too_long);
    
    // Module arguments
    input wire  clock;
    input wire  [7:0] cmd;
    input wire  [15:0] length;
    input wire  model_ready;
    input wire  [15:0] run_bytes;
    output reg  length_ok;
    output reg  too_long;
    
    // Constant declarations
    localparam  cmd_load_key = 8'h10;
    localparam  cmd_load_weights = 8'h20;
    localparam  cmd_load_config = 8'h21;
    localparam  cmd_run = 8'h30;
    localparam  max_payload = 16'h400;
    localparam  key_bytes = 16'h10;
    localparam  offset_bytes = 16'h4;
    localparam  max_weight_frame = 16'h3fc;
    localparam  slot_bytes = 16'h400;
    localparam  config_bytes = 16'h28;
    localparam  zero16 = 16'h0;
    localparam  seven16 = 16'h7;
    
    // Stub signals
    reg  length_ok_q$d;
    wire  length_ok_q$q;
    reg  length_ok_q$clock;
    reg  too_long_q$d;
    wire  too_long_q$q;
    reg  too_long_q$clock;
    
    // Local signals
    reg  rule;
    
    // Sub module instances
    top$front_end$frame_rx$parser$length_check$length_ok_q length_ok_q(
        .d(length_ok_q$d),
        .q(length_ok_q$q),
        .clock(length_ok_q$clock)
    );
    top$front_end$frame_rx$parser$length_check$too_long_q too_long_q(
        .d(too_long_q$d),
        .q(too_long_q$q),
        .clock(too_long_q$clock)
    );
    
    // Update code
    always @(*) begin
        length_ok_q$clock = clock;
        too_long_q$clock = clock;
        length_ok_q$d = length_ok_q$q;
        too_long_q$d = too_long_q$q;
        too_long_q$d = length > max_payload;
        rule = length == zero16;
        if (cmd == cmd_load_key) begin
            rule = length == key_bytes;
        end
        if (cmd == cmd_load_weights) begin
            rule = (length > offset_bytes) & (length <= max_weight_frame) & (((length - offset_bytes) & seven16) == zero16);
        end
        if (cmd == cmd_load_config) begin
            rule = length == config_bytes;
        end
        if (cmd == cmd_run) begin
            rule = (length != zero16) & (length <= slot_bytes) & ((length & seven16) == zero16);
            if (model_ready) begin
                rule = length == run_bytes;
            end
        end
        length_ok_q$d = rule;
        length_ok = length_ok_q$q;
        too_long = too_long_q$q;
    end
    
endmodule // top$front_end$frame_rx$parser$length_check


module top$front_end$frame_rx$parser$length_check$length_ok_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$length_check$length_ok_q


module top$front_end$frame_rx$parser$length_check$too_long_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$length_check$too_long_q


module top$front_end$frame_rx$parser$received_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$received_q


module top$front_end$frame_rx$parser$silence(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$silence


module top$front_end$frame_rx$parser$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam ParseState$Hunt = 0;
    localparam ParseState$Sync1 = 1;
    localparam ParseState$Header = 2;
    localparam ParseState$HeaderCrc = 3;
    localparam ParseState$Payload = 4;
    localparam ParseState$Crc0 = 5;
    localparam ParseState$Crc1 = 6;
    localparam ParseState$Finish = 7;
    localparam ParseState$Settle = 8;
    localparam ParseState$Answer = 9;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$parser$state


module top$front_end$frame_rx$repeats(clock,reset,cmd,seq,length,job_valid,carried_out,repeated,older,remember);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] cmd;
    input wire  [7:0] seq;
    input wire  [15:0] length;
    input wire  job_valid;
    input wire  carried_out;
    output reg  repeated;
    output reg  older;
    output reg  remember;
    
    // Constant declarations
    localparam  cmd_info = 8'h1;
    localparam  cmd_status = 8'h2;
    localparam  cmd_read_result = 8'h31;
    localparam  seq_shift = 8'h8;
    localparam  length_shift = 8'h10;
    
    // Stub signals
    reg  [31:0] newer_header$d;
    wire  [31:0] newer_header$q;
    reg  newer_header$clock;
    reg  newer_valid$d;
    wire  newer_valid$q;
    reg  newer_valid$clock;
    reg  [31:0] older_header$d;
    wire  [31:0] older_header$q;
    reg  older_header$clock;
    reg  older_valid$d;
    wire  older_valid$q;
    reg  older_valid$clock;
    
    // Local signals
    reg  [31:0] header;
    reg  matches_newer;
    
    // Sub module instances
    top$front_end$frame_rx$repeats$newer_header newer_header(
        .d(newer_header$d),
        .q(newer_header$q),
        .clock(newer_header$clock)
    );
    top$front_end$frame_rx$repeats$newer_valid newer_valid(
        .d(newer_valid$d),
        .q(newer_valid$q),
        .clock(newer_valid$clock)
    );
    top$front_end$frame_rx$repeats$older_header older_header(
        .d(older_header$d),
        .q(older_header$q),
        .clock(older_header$clock)
    );
    top$front_end$frame_rx$repeats$older_valid older_valid(
        .d(older_valid$d),
        .q(older_valid$q),
        .clock(older_valid$clock)
    );
    
    // Update code
    always @(*) begin
        newer_header$clock = clock;
        newer_valid$clock = clock;
        older_header$clock = clock;
        older_valid$clock = clock;
        newer_header$d = newer_header$q;
        newer_valid$d = newer_valid$q;
        older_header$d = older_header$q;
        older_valid$d = older_valid$q;
        header = ((cmd) & 32'hffffffff) | (((seq) & 32'hffffffff) << seq_shift) | (((length) & 32'hffffffff) << length_shift);
        matches_newer = newer_valid$q & (header == newer_header$q);
        repeated = matches_newer | (older_valid$q & (header == older_header$q));
        older = ~matches_newer;
        remember = job_valid & carried_out & (cmd != cmd_info) & (cmd != cmd_status) & (cmd != cmd_read_result);
        if (remember) begin
            older_header$d = newer_header$q;
            older_valid$d = newer_valid$q;
            newer_header$d = header;
            newer_valid$d = 1'b1;
        end
        if (reset) begin
            newer_valid$d = 1'b0;
            older_valid$d = 1'b0;
        end
    end
    
endmodule // top$front_end$frame_rx$repeats


module top$front_end$frame_rx$repeats$newer_header(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$repeats$newer_header


module top$front_end$frame_rx$repeats$newer_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$repeats$newer_valid


module top$front_end$frame_rx$repeats$older_header(d,q,clock);
    
    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 32'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$repeats$older_header


module top$front_end$frame_rx$repeats$older_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$repeats$older_valid


module top$front_end$frame_rx$slots(clock,reset,core_busy,write_status,ringing,closing,claim,claim_slot,next_slot,next_slot_busy,run_write,run_slot,report$rung,report$status0,report$status1,report$release);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  core_busy;
    input wire  [7:0] write_status;
    input wire  ringing;
    input wire  closing;
    input wire  claim;
    input wire  claim_slot;
    output reg  next_slot;
    output reg  next_slot_busy;
    output reg  run_write;
    output reg  run_slot;
    output reg  [1:0] report$rung;
    output reg  [7:0] report$status0;
    output reg  [7:0] report$status1;
    input wire  [1:0] report$release;
    
    // Constant declarations
    localparam  zero2 = 2'b0;
    localparam  bit0 = 2'b1;
    localparam  bit1 = 2'b10;
    
    // Stub signals
    reg  next_slot_q$d;
    wire  next_slot_q$q;
    reg  next_slot_q$clock;
    reg  [1:0] slot_busy$d;
    wire  [1:0] slot_busy$q;
    reg  slot_busy$clock;
    reg  [1:0] pending$d;
    wire  [1:0] pending$q;
    reg  pending$clock;
    reg  [1:0] rung$d;
    wire  [1:0] rung$q;
    reg  rung$clock;
    reg  run_next$d;
    wire  run_next$q;
    reg  run_next$clock;
    reg  issued$d;
    wire  issued$q;
    reg  issued$clock;
    reg  issued_slot$d;
    wire  issued_slot$q;
    reg  issued_slot$clock;
    reg  [7:0] status0$d;
    wire  [7:0] status0$q;
    reg  status0$clock;
    reg  [7:0] status1$d;
    wire  [7:0] status1$q;
    reg  status1$clock;
    reg  busy_q$d;
    wire  busy_q$q;
    reg  busy_q$clock;
    reg  answered$d;
    wire  answered$q;
    reg  answered$clock;
    reg  answered_slot$d;
    wire  answered_slot$q;
    reg  answered_slot$clock;
    
    // Sub module instances
    top$front_end$frame_rx$slots$next_slot_q next_slot_q(
        .d(next_slot_q$d),
        .q(next_slot_q$q),
        .clock(next_slot_q$clock)
    );
    top$front_end$frame_rx$slots$slot_busy slot_busy(
        .d(slot_busy$d),
        .q(slot_busy$q),
        .clock(slot_busy$clock)
    );
    top$front_end$frame_rx$slots$pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    top$front_end$frame_rx$slots$rung rung(
        .d(rung$d),
        .q(rung$q),
        .clock(rung$clock)
    );
    top$front_end$frame_rx$slots$run_next run_next(
        .d(run_next$d),
        .q(run_next$q),
        .clock(run_next$clock)
    );
    top$front_end$frame_rx$slots$issued issued(
        .d(issued$d),
        .q(issued$q),
        .clock(issued$clock)
    );
    top$front_end$frame_rx$slots$issued_slot issued_slot(
        .d(issued_slot$d),
        .q(issued_slot$q),
        .clock(issued_slot$clock)
    );
    top$front_end$frame_rx$slots$status0 status0(
        .d(status0$d),
        .q(status0$q),
        .clock(status0$clock)
    );
    top$front_end$frame_rx$slots$status1 status1(
        .d(status1$d),
        .q(status1$q),
        .clock(status1$clock)
    );
    top$front_end$frame_rx$slots$busy_q busy_q(
        .d(busy_q$d),
        .q(busy_q$q),
        .clock(busy_q$clock)
    );
    top$front_end$frame_rx$slots$answered answered(
        .d(answered$d),
        .q(answered$q),
        .clock(answered$clock)
    );
    top$front_end$frame_rx$slots$answered_slot answered_slot(
        .d(answered_slot$d),
        .q(answered_slot$q),
        .clock(answered_slot$clock)
    );
    
    // Update code
    always @(*) begin
        next_slot_q$clock = clock;
        slot_busy$clock = clock;
        pending$clock = clock;
        rung$clock = clock;
        run_next$clock = clock;
        issued$clock = clock;
        issued_slot$clock = clock;
        status0$clock = clock;
        status1$clock = clock;
        busy_q$clock = clock;
        answered$clock = clock;
        answered_slot$clock = clock;
        next_slot_q$d = next_slot_q$q;
        slot_busy$d = slot_busy$q;
        pending$d = pending$q;
        rung$d = rung$q;
        run_next$d = run_next$q;
        issued$d = issued$q;
        issued_slot$d = issued_slot$q;
        status0$d = status0$q;
        status1$d = status1$q;
        busy_q$d = busy_q$q;
        answered$d = answered$q;
        answered_slot$d = answered_slot$q;
        issued$d = 1'b0;
        busy_q$d = core_busy;
        answered$d = issued$q;
        answered_slot$d = issued_slot$q;
        run_write = 1'b0;
        if (~busy_q$q & ~ringing & ~issued$q & ~answered$q & ~closing) begin
            if (run_next$q & |(pending$q & bit1)) begin
                run_write = 1'b1;
            end
            if (~run_next$q & |(pending$q & bit0)) begin
                run_write = 1'b1;
            end
        end
        if (run_write) begin
            issued$d = 1'b1;
            issued_slot$d = run_next$q;
            run_next$d = ~run_next$q;
            if (run_next$q) begin
                pending$d = pending$q & bit0;
            end
            else begin
                pending$d = pending$q & bit1;
            end
        end
        slot_busy$d = slot_busy$q & ~report$release;
        rung$d = rung$q & ~report$release;
        if (answered$q) begin
            if (answered_slot$q) begin
                status1$d = write_status;
            end
            else begin
                status0$d = write_status;
            end
            if (answered_slot$q) begin
                rung$d = (rung$q & ~report$release) | bit1;
            end
            else begin
                rung$d = (rung$q & ~report$release) | bit0;
            end
        end
        if (claim) begin
            next_slot_q$d = ~next_slot_q$q;
            if (claim_slot) begin
                slot_busy$d = slot_busy$q | bit1;
                pending$d = pending$q | bit1;
            end
            else begin
                slot_busy$d = slot_busy$q | bit0;
                pending$d = pending$q | bit0;
            end
        end
        if (reset) begin
            answered$d = 1'b0;
            slot_busy$d = zero2;
            pending$d = zero2;
            rung$d = zero2;
            next_slot_q$d = 1'b0;
            run_next$d = 1'b0;
        end
        next_slot = next_slot_q$q;
        next_slot_busy = (|(slot_busy$q & bit0) & ~next_slot_q$q) | (|(slot_busy$q & bit1) & next_slot_q$q);
        run_slot = run_next$q;
        report$rung = rung$q;
        report$status0 = status0$q;
        report$status1 = status1$q;
    end
    
endmodule // top$front_end$frame_rx$slots


module top$front_end$frame_rx$slots$answered(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$answered


module top$front_end$frame_rx$slots$answered_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$answered_slot


module top$front_end$frame_rx$slots$busy_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$busy_q


module top$front_end$frame_rx$slots$issued(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$issued


module top$front_end$frame_rx$slots$issued_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$issued_slot


module top$front_end$frame_rx$slots$next_slot_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$next_slot_q


module top$front_end$frame_rx$slots$pending(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$pending


module top$front_end$frame_rx$slots$run_next(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$run_next


module top$front_end$frame_rx$slots$rung(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$rung


module top$front_end$frame_rx$slots$slot_busy(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$slot_busy


module top$front_end$frame_rx$slots$status0(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$status0


module top$front_end$frame_rx$slots$status1(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$slots$status1


module top$front_end$frame_rx$write_port(clock,reset,payload_write,payload_address,data,run_write,run_slot,ring,doorbell,write,write_address,write_data);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  payload_write;
    input wire  [23:0] payload_address;
    input wire  [7:0] data;
    input wire  run_write;
    input wire  run_slot;
    input wire  ring;
    input wire  [23:0] doorbell;
    output reg  write;
    output reg  [23:0] write_address;
    output reg  [7:0] write_data;
    
    // Constant declarations
    localparam  run = 24'h860000;
    localparam  slot0 = 8'h0;
    localparam  slot1 = 8'h1;
    
    // Stub signals
    reg  write_q$d;
    wire  write_q$q;
    reg  write_q$clock;
    reg  [23:0] write_address_q$d;
    wire  [23:0] write_address_q$q;
    reg  write_address_q$clock;
    reg  [7:0] write_data_q$d;
    wire  [7:0] write_data_q$q;
    reg  write_data_q$clock;
    
    // Local signals
    reg  write_now;
    reg  [23:0] write_address_now;
    reg  [7:0] write_data_now;
    
    // Sub module instances
    top$front_end$frame_rx$write_port$write_q write_q(
        .d(write_q$d),
        .q(write_q$q),
        .clock(write_q$clock)
    );
    top$front_end$frame_rx$write_port$write_address_q write_address_q(
        .d(write_address_q$d),
        .q(write_address_q$q),
        .clock(write_address_q$clock)
    );
    top$front_end$frame_rx$write_port$write_data_q write_data_q(
        .d(write_data_q$d),
        .q(write_data_q$q),
        .clock(write_data_q$clock)
    );
    
    // Update code
    always @(*) begin
        write_q$clock = clock;
        write_address_q$clock = clock;
        write_data_q$clock = clock;
        write_q$d = write_q$q;
        write_address_q$d = write_address_q$q;
        write_data_q$d = write_data_q$q;
        write_now = 1'b0;
        write_address_now = payload_address;
        write_data_now = data;
        if (ring) begin
            write_now = 1'b1;
            write_address_now = doorbell;
        end
        if (run_write) begin
            write_now = 1'b1;
            write_address_now = run;
            write_data_now = slot0;
            if (run_slot) begin
                write_data_now = slot1;
            end
        end
        if (payload_write) begin
            write_now = 1'b1;
            write_address_now = payload_address;
            write_data_now = data;
        end
        write_q$d = write_now;
        write_address_q$d = write_address_now;
        write_data_q$d = write_data_now;
        if (reset) begin
            write_q$d = 1'b0;
        end
        write = write_q$q;
        write_address = write_address_q$q;
        write_data = write_data_q$q;
    end
    
endmodule // top$front_end$frame_rx$write_port


module top$front_end$frame_rx$write_port$write_address_q(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$write_port$write_address_q


module top$front_end$frame_rx$write_port$write_data_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$write_port$write_data_q


module top$front_end$frame_rx$write_port$write_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_rx$write_port$write_q


module top$front_end$frame_tx(clock,reset,job$valid,job$cmd,job$seq,job$status,job$slot,job$replay,job$replay_older,job$remember,job$window_full,run$rung,run$status0,run$status1,run$release,counters$frames_ok,counters$bad_headers,counters$bad_crcs,counters$timeouts,read,read_address,read_data,core_busy,slot_done,key_loaded,model_ready,last_error,tx_bytes$data,tx_bytes$valid,tx_bytes$ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  job$valid;
    input wire  [7:0] job$cmd;
    input wire  [7:0] job$seq;
    input wire  [7:0] job$status;
    input wire  job$slot;
    input wire  job$replay;
    input wire  job$replay_older;
    input wire  job$remember;
    output wire  job$window_full;
    input wire  [1:0] run$rung;
    input wire  [7:0] run$status0;
    input wire  [7:0] run$status1;
    output wire  [1:0] run$release;
    input wire  [15:0] counters$frames_ok;
    input wire  [15:0] counters$bad_headers;
    input wire  [15:0] counters$bad_crcs;
    input wire  [15:0] counters$timeouts;
    output reg  read;
    output reg  [23:0] read_address;
    input wire  [7:0] read_data;
    input wire  core_busy;
    input wire  [1:0] slot_done;
    input wire  key_loaded;
    input wire  model_ready;
    input wire  [7:0] last_error;
    output wire  [7:0] tx_bytes$data;
    output wire  tx_bytes$valid;
    input wire  tx_bytes$ready;
    
    // Stub signals
    reg  queue$clock;
    reg  queue$reset;
    reg  queue$core_busy;
    reg  [1:0] queue$slot_done;
    reg  queue$key_loaded;
    reg  queue$model_ready;
    reg  [7:0] queue$last_error;
    reg  queue$idle;
    reg  queue$waiting;
    reg  queue$answered;
    wire  queue$queued_any;
    wire  queue$decided;
    wire  queue$to_result;
    wire  [7:0] queue$cmd;
    wire  [7:0] queue$seq;
    wire  [7:0] queue$status;
    wire  [23:0] queue$data_base;
    wire  queue$dropped;
    reg  sender$clock;
    reg  sender$reset;
    reg  sender$queued_any;
    reg  sender$decided;
    reg  sender$to_result;
    reg  [7:0] sender$cmd;
    reg  [7:0] sender$seq;
    reg  [7:0] sender$status;
    reg  [23:0] sender$data_base;
    wire  sender$idle;
    wire  sender$waiting;
    wire  sender$answered;
    reg  sender$dropped;
    wire  sender$read;
    wire  [23:0] sender$read_address;
    reg  [7:0] sender$read_data;
    
    // Sub module instances
    top$front_end$frame_tx$queue queue(
        .clock(queue$clock),
        .reset(queue$reset),
        .job$valid(job$valid),
        .job$cmd(job$cmd),
        .job$seq(job$seq),
        .job$status(job$status),
        .job$slot(job$slot),
        .job$replay(job$replay),
        .job$replay_older(job$replay_older),
        .job$remember(job$remember),
        .job$window_full(job$window_full),
        .run$rung(run$rung),
        .run$status0(run$status0),
        .run$status1(run$status1),
        .run$release(run$release),
        .core_busy(queue$core_busy),
        .slot_done(queue$slot_done),
        .key_loaded(queue$key_loaded),
        .model_ready(queue$model_ready),
        .last_error(queue$last_error),
        .idle(queue$idle),
        .waiting(queue$waiting),
        .answered(queue$answered),
        .queued_any(queue$queued_any),
        .decided(queue$decided),
        .to_result(queue$to_result),
        .cmd(queue$cmd),
        .seq(queue$seq),
        .status(queue$status),
        .data_base(queue$data_base),
        .dropped(queue$dropped)
    );
    top$front_end$frame_tx$sender sender(
        .clock(sender$clock),
        .reset(sender$reset),
        .queued_any(sender$queued_any),
        .decided(sender$decided),
        .to_result(sender$to_result),
        .cmd(sender$cmd),
        .seq(sender$seq),
        .status(sender$status),
        .data_base(sender$data_base),
        .idle(sender$idle),
        .waiting(sender$waiting),
        .answered(sender$answered),
        .dropped(sender$dropped),
        .read(sender$read),
        .read_address(sender$read_address),
        .read_data(sender$read_data),
        .counters$frames_ok(counters$frames_ok),
        .counters$bad_headers(counters$bad_headers),
        .counters$bad_crcs(counters$bad_crcs),
        .counters$timeouts(counters$timeouts),
        .tx_bytes$data(tx_bytes$data),
        .tx_bytes$valid(tx_bytes$valid),
        .tx_bytes$ready(tx_bytes$ready)
    );
    
    // Update code
    always @(*) begin
        queue$clock = clock;
        sender$clock = clock;
        queue$reset = reset;
        sender$reset = reset;
        queue$core_busy = core_busy;
        queue$slot_done = slot_done;
        queue$key_loaded = key_loaded;
        queue$model_ready = model_ready;
        queue$last_error = last_error;
        queue$idle = sender$idle;
        queue$waiting = sender$waiting;
        queue$answered = sender$answered;
        sender$dropped = queue$dropped;
        sender$queued_any = queue$queued_any;
        sender$decided = queue$decided;
        sender$to_result = queue$to_result;
        sender$cmd = queue$cmd;
        sender$seq = queue$seq;
        sender$status = queue$status;
        sender$data_base = queue$data_base;
        read = sender$read;
        read_address = sender$read_address;
        sender$read_data = read_data;
    end
    
endmodule // top$front_end$frame_tx


module top$front_end$frame_tx$queue(clock,reset,job$valid,job$cmd,job$seq,job$status,job$slot,job$replay,job$replay_older,job$remember,job$window_full,run$rung,run$status0,run$status1,run$release,core_busy,slot_done,key_loaded,model_ready,last_error,idle,waiting,answered,queued_any,decided,to_result,cmd,seq,status,data_base,dropped);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  job$valid;
    input wire  [7:0] job$cmd;
    input wire  [7:0] job$seq;
    input wire  [7:0] job$status;
    input wire  job$slot;
    input wire  job$replay;
    input wire  job$replay_older;
    input wire  job$remember;
    output reg  job$window_full;
    input wire  [1:0] run$rung;
    input wire  [7:0] run$status0;
    input wire  [7:0] run$status1;
    output reg  [1:0] run$release;
    input wire  core_busy;
    input wire  [1:0] slot_done;
    input wire  key_loaded;
    input wire  model_ready;
    input wire  [7:0] last_error;
    input wire  idle;
    input wire  waiting;
    input wire  answered;
    output reg  queued_any;
    output reg  decided;
    output reg  to_result;
    output reg  [7:0] cmd;
    output reg  [7:0] seq;
    output reg  [7:0] status;
    output reg  [23:0] data_base;
    output reg  dropped;
    
    // Constant declarations
    localparam  zero_word = 28'h0;
    localparam  slot_flag = 28'h1000000;
    localparam  replay_flag = 28'h2000000;
    localparam  replay_older_flag = 28'h4000000;
    localparam  remember_flag = 28'h8000000;
    localparam  zero_slots = 2'b0;
    localparam  cmd_status = 8'h2;
    localparam  cmd_load_key = 8'h10;
    localparam  cmd_load_config = 8'h21;
    localparam  cmd_run = 8'h30;
    localparam  cmd_read_result = 8'h31;
    localparam  ok = 8'h0;
    localparam  bad_length = 8'h2;
    localparam  no_result = 8'hb;
    localparam  info_base = 24'h800000;
    localparam  status_base = 24'h810000;
    localparam  result0 = 24'h870000;
    localparam  result1 = 24'h880000;
    localparam  settle_clocks = 4'h6;
    localparam  bit0 = 2'b1;
    localparam  bit1 = 2'b10;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    
    // Stub signals
    reg  fifo$clock;
    reg  fifo$reset;
    reg  fifo$push;
    reg  [27:0] fifo$push_word;
    reg  fifo$idle;
    wire  fifo$pop;
    wire  [27:0] fifo$head;
    wire  fifo$queued_any;
    wire  fifo$window_full;
    wire  fifo$dropped;
    reg  [7:0] cmd_q$d;
    wire  [7:0] cmd_q$q;
    reg  cmd_q$clock;
    reg  [7:0] seq_q$d;
    wire  [7:0] seq_q$q;
    reg  seq_q$clock;
    reg  [7:0] status_q$d;
    wire  [7:0] status_q$q;
    reg  status_q$clock;
    reg  slot$d;
    wire  slot$q;
    reg  slot$clock;
    reg  replay_q$d;
    wire  replay_q$q;
    reg  replay_q$clock;
    reg  replay_older_q$d;
    wire  replay_older_q$q;
    reg  replay_older_q$clock;
    reg  remember_q$d;
    wire  remember_q$q;
    reg  remember_q$clock;
    reg  answers$clock;
    reg  answers$remember;
    reg  [7:0] answers$status;
    reg  answers$slot;
    reg  answers$older;
    wire  [7:0] answers$recalled_status;
    wire  answers$recalled_slot;
    reg  [3:0] settle$d;
    wire  [3:0] settle$q;
    reg  settle$clock;
    reg  [23:0] data_base_q$d;
    wire  [23:0] data_base_q$q;
    reg  data_base_q$clock;
    reg  have_result$d;
    wire  have_result$q;
    reg  have_result$clock;
    reg  last_slot$d;
    wire  last_slot$q;
    reg  last_slot$clock;
    reg  [1:0] freed$d;
    wire  [1:0] freed$q;
    reg  freed$clock;
    
    // Local signals
    reg  [27:0] slot_word;
    reg  [27:0] replay_word;
    reg  [27:0] older_word;
    reg  [27:0] remember_word;
    reg  [7:0] run_status;
    reg  rung;
    reg  done;
    
    // Sub module instances
    top$front_end$frame_tx$queue$fifo fifo(
        .clock(fifo$clock),
        .reset(fifo$reset),
        .push(fifo$push),
        .push_word(fifo$push_word),
        .idle(fifo$idle),
        .pop(fifo$pop),
        .head(fifo$head),
        .queued_any(fifo$queued_any),
        .window_full(fifo$window_full),
        .dropped(fifo$dropped)
    );
    top$front_end$frame_tx$queue$cmd_q cmd_q(
        .d(cmd_q$d),
        .q(cmd_q$q),
        .clock(cmd_q$clock)
    );
    top$front_end$frame_tx$queue$seq_q seq_q(
        .d(seq_q$d),
        .q(seq_q$q),
        .clock(seq_q$clock)
    );
    top$front_end$frame_tx$queue$status_q status_q(
        .d(status_q$d),
        .q(status_q$q),
        .clock(status_q$clock)
    );
    top$front_end$frame_tx$queue$slot slot(
        .d(slot$d),
        .q(slot$q),
        .clock(slot$clock)
    );
    top$front_end$frame_tx$queue$replay_q replay_q(
        .d(replay_q$d),
        .q(replay_q$q),
        .clock(replay_q$clock)
    );
    top$front_end$frame_tx$queue$replay_older_q replay_older_q(
        .d(replay_older_q$d),
        .q(replay_older_q$q),
        .clock(replay_older_q$clock)
    );
    top$front_end$frame_tx$queue$remember_q remember_q(
        .d(remember_q$d),
        .q(remember_q$q),
        .clock(remember_q$clock)
    );
    top$front_end$frame_tx$queue$answers answers(
        .clock(answers$clock),
        .remember(answers$remember),
        .status(answers$status),
        .slot(answers$slot),
        .older(answers$older),
        .recalled_status(answers$recalled_status),
        .recalled_slot(answers$recalled_slot)
    );
    top$front_end$frame_tx$queue$settle settle(
        .d(settle$d),
        .q(settle$q),
        .clock(settle$clock)
    );
    top$front_end$frame_tx$queue$data_base_q data_base_q(
        .d(data_base_q$d),
        .q(data_base_q$q),
        .clock(data_base_q$clock)
    );
    top$front_end$frame_tx$queue$have_result have_result(
        .d(have_result$d),
        .q(have_result$q),
        .clock(have_result$clock)
    );
    top$front_end$frame_tx$queue$last_slot last_slot(
        .d(last_slot$d),
        .q(last_slot$q),
        .clock(last_slot$clock)
    );
    top$front_end$frame_tx$queue$freed freed(
        .d(freed$d),
        .q(freed$q),
        .clock(freed$clock)
    );
    
    // Update code
    always @(*) begin
        cmd_q$clock = clock;
        seq_q$clock = clock;
        status_q$clock = clock;
        slot$clock = clock;
        replay_q$clock = clock;
        replay_older_q$clock = clock;
        remember_q$clock = clock;
        settle$clock = clock;
        data_base_q$clock = clock;
        have_result$clock = clock;
        last_slot$clock = clock;
        freed$clock = clock;
        cmd_q$d = cmd_q$q;
        seq_q$d = seq_q$q;
        status_q$d = status_q$q;
        slot$d = slot$q;
        replay_q$d = replay_q$q;
        replay_older_q$d = replay_older_q$q;
        remember_q$d = remember_q$q;
        settle$d = settle$q;
        data_base_q$d = data_base_q$q;
        have_result$d = have_result$q;
        last_slot$d = last_slot$q;
        freed$d = freed$q;
        fifo$clock = clock;
        answers$clock = clock;
        freed$d = zero_slots;
        decided = 1'b0;
        to_result = 1'b0;
        fifo$reset = reset;
        fifo$push = job$valid;
        slot_word = zero_word;
        if (job$slot) begin
            slot_word = slot_flag;
        end
        replay_word = zero_word;
        if (job$replay) begin
            replay_word = replay_flag;
        end
        older_word = zero_word;
        if (job$replay_older) begin
            older_word = replay_older_flag;
        end
        remember_word = zero_word;
        if (job$remember) begin
            remember_word = remember_flag;
        end
        fifo$push_word = ((job$cmd) & 28'hfffffff) | (((job$seq) & 28'hfffffff) << 32'h8) | (((job$status) & 28'hfffffff) << 32'h10) | slot_word | replay_word | older_word | remember_word;
        fifo$idle = idle;
        job$window_full = fifo$window_full;
        dropped = fifo$dropped;
        queued_any = fifo$queued_any;
        if (fifo$pop) begin
            cmd_q$d = fifo$head[(32'h0)+:(8)];
            seq_q$d = fifo$head[(32'h8)+:(8)];
            status_q$d = fifo$head[(32'h10)+:(8)];
            slot$d = |(fifo$head & slot_flag);
            replay_q$d = |(fifo$head & replay_flag);
            replay_older_q$d = |(fifo$head & replay_older_flag);
            remember_q$d = |(fifo$head & remember_flag);
            settle$d = zero4;
        end
        answers$older = replay_older_q$q;
        answers$remember = answered & remember_q$q;
        answers$status = status_q$q;
        answers$slot = slot$q;
        run_status = run$status0;
        rung = |(run$rung & bit0);
        done = |(slot_done & bit0);
        if (slot$q) begin
            run_status = run$status1;
            rung = |(run$rung & bit1);
            done = |(slot_done & bit1);
        end
        if (waiting) begin
            if (status_q$q != ok) begin
                decided = 1'b1;
            end
            else if (replay_q$q) begin
                status_q$d = answers$recalled_status;
                data_base_q$d = result0;
                if (answers$recalled_slot) begin
                    data_base_q$d = result1;
                end
                to_result = (cmd_q$q == cmd_run) & (answers$recalled_status == ok);
                decided = 1'b1;
            end
            else if (cmd_q$q == cmd_run) begin
                if (rung) begin
                    if (run_status != ok) begin
                        status_q$d = run_status;
                        decided = 1'b1;
                    end
                    else if (done) begin
                        data_base_q$d = result0;
                        if (slot$q) begin
                            data_base_q$d = result1;
                        end
                        have_result$d = 1'b1;
                        last_slot$d = slot$q;
                        decided = 1'b1;
                        to_result = 1'b1;
                    end
                end
            end
            else if (cmd_q$q == cmd_read_result) begin
                decided = 1'b1;
                if (have_result$q) begin
                    data_base_q$d = result0;
                    if (last_slot$q) begin
                        data_base_q$d = result1;
                    end
                    to_result = 1'b1;
                end
                else begin
                    status_q$d = no_result;
                end
            end
            else if (cmd_q$q == cmd_load_config) begin
                if (~core_busy) begin
                    if (~model_ready) begin
                        status_q$d = last_error;
                    end
                    decided = 1'b1;
                end
            end
            else if (cmd_q$q == cmd_load_key) begin
                settle$d = settle$q + one4;
                if (settle$q == settle_clocks) begin
                    if (~key_loaded) begin
                        status_q$d = bad_length;
                    end
                    decided = 1'b1;
                end
            end
            else begin
                data_base_q$d = info_base;
                if (cmd_q$q == cmd_status) begin
                    data_base_q$d = status_base;
                end
                decided = 1'b1;
            end
        end
        if (answered & (cmd_q$q == cmd_run) & ~replay_q$q) begin
            freed$d = bit0;
            if (slot$q) begin
                freed$d = bit1;
            end
        end
        if (reset) begin
            have_result$d = 1'b0;
        end
        run$release = freed$q;
        cmd = cmd_q$q;
        seq = seq_q$q;
        status = status_q$q;
        data_base = data_base_q$q;
    end
    
endmodule // top$front_end$frame_tx$queue


module top$front_end$frame_tx$queue$answers(clock,remember,status,slot,older,recalled_status,recalled_slot);
    
    // Module arguments
    input wire  clock;
    input wire  remember;
    input wire  [7:0] status;
    input wire  slot;
    input wire  older;
    output reg  [7:0] recalled_status;
    output reg  recalled_slot;
    
    // Stub signals
    reg  [7:0] newer_status$d;
    wire  [7:0] newer_status$q;
    reg  newer_status$clock;
    reg  newer_slot$d;
    wire  newer_slot$q;
    reg  newer_slot$clock;
    reg  [7:0] older_status$d;
    wire  [7:0] older_status$q;
    reg  older_status$clock;
    reg  older_slot$d;
    wire  older_slot$q;
    reg  older_slot$clock;
    
    // Sub module instances
    top$front_end$frame_tx$queue$answers$newer_status newer_status(
        .d(newer_status$d),
        .q(newer_status$q),
        .clock(newer_status$clock)
    );
    top$front_end$frame_tx$queue$answers$newer_slot newer_slot(
        .d(newer_slot$d),
        .q(newer_slot$q),
        .clock(newer_slot$clock)
    );
    top$front_end$frame_tx$queue$answers$older_status older_status(
        .d(older_status$d),
        .q(older_status$q),
        .clock(older_status$clock)
    );
    top$front_end$frame_tx$queue$answers$older_slot older_slot(
        .d(older_slot$d),
        .q(older_slot$q),
        .clock(older_slot$clock)
    );
    
    // Update code
    always @(*) begin
        newer_status$clock = clock;
        newer_slot$clock = clock;
        older_status$clock = clock;
        older_slot$clock = clock;
        newer_status$d = newer_status$q;
        newer_slot$d = newer_slot$q;
        older_status$d = older_status$q;
        older_slot$d = older_slot$q;
        if (remember) begin
            older_status$d = newer_status$q;
            older_slot$d = newer_slot$q;
            newer_status$d = status;
            newer_slot$d = slot;
        end
        recalled_status = newer_status$q;
        recalled_slot = newer_slot$q;
        if (older) begin
            recalled_status = older_status$q;
            recalled_slot = older_slot$q;
        end
    end
    
endmodule // top$front_end$frame_tx$queue$answers


module top$front_end$frame_tx$queue$answers$newer_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$answers$newer_slot


module top$front_end$frame_tx$queue$answers$newer_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$answers$newer_status


module top$front_end$frame_tx$queue$answers$older_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$answers$older_slot


module top$front_end$frame_tx$queue$answers$older_status(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$answers$older_status


module top$front_end$frame_tx$queue$cmd_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$cmd_q


module top$front_end$frame_tx$queue$data_base_q(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$data_base_q


module top$front_end$frame_tx$queue$fifo(clock,reset,push,push_word,idle,pop,head,queued_any,window_full,dropped);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  push;
    input wire  [27:0] push_word;
    input wire  idle;
    output reg  pop;
    output reg  [27:0] head;
    output reg  queued_any;
    output reg  window_full;
    output reg  dropped;
    
    // Constant declarations
    localparam  zero2 = 2'b0;
    localparam  one2 = 2'b1;
    localparam  two2 = 2'b10;
    
    // Stub signals
    reg  [1:0] queued$d;
    wire  [1:0] queued$q;
    reg  queued$clock;
    reg  [27:0] q0$d;
    wire  [27:0] q0$q;
    reg  q0$clock;
    reg  [27:0] q1$d;
    wire  [27:0] q1$q;
    reg  q1$clock;
    reg  [1:0] refused$d;
    wire  [1:0] refused$q;
    reg  refused$clock;
    reg  [27:0] r0$d;
    wire  [27:0] r0$q;
    reg  r0$clock;
    reg  [27:0] r1$d;
    wire  [27:0] r1$q;
    reg  r1$clock;
    
    // Local signals
    reg  pop_queued;
    reg  pop_refused;
    
    // Sub module instances
    top$front_end$frame_tx$queue$fifo$queued queued(
        .d(queued$d),
        .q(queued$q),
        .clock(queued$clock)
    );
    top$front_end$frame_tx$queue$fifo$q0 q0(
        .d(q0$d),
        .q(q0$q),
        .clock(q0$clock)
    );
    top$front_end$frame_tx$queue$fifo$q1 q1(
        .d(q1$d),
        .q(q1$q),
        .clock(q1$clock)
    );
    top$front_end$frame_tx$queue$fifo$refused refused(
        .d(refused$d),
        .q(refused$q),
        .clock(refused$clock)
    );
    top$front_end$frame_tx$queue$fifo$r0 r0(
        .d(r0$d),
        .q(r0$q),
        .clock(r0$clock)
    );
    top$front_end$frame_tx$queue$fifo$r1 r1(
        .d(r1$d),
        .q(r1$q),
        .clock(r1$clock)
    );
    
    // Update code
    always @(*) begin
        queued$clock = clock;
        q0$clock = clock;
        q1$clock = clock;
        refused$clock = clock;
        r0$clock = clock;
        r1$clock = clock;
        queued$d = queued$q;
        q0$d = q0$q;
        q1$d = q1$q;
        refused$d = refused$q;
        r0$d = r0$q;
        r1$d = r1$q;
        dropped = 1'b0;
        pop_queued = idle & (queued$q != zero2);
        pop_refused = idle & (queued$q == zero2) & (refused$q != zero2);
        head = q0$q;
        if (pop_queued) begin
            q0$d = q1$q;
            queued$d = queued$q - one2;
        end
        if (pop_refused) begin
            head = r0$q;
            r0$d = r1$q;
            refused$d = refused$q - one2;
        end
        pop = pop_queued | pop_refused;
        if (push) begin
            if (refused$q != zero2) begin
                if ((refused$q == one2) & pop_refused) begin
                    r0$d = push_word;
                    refused$d = one2;
                end
                else if ((refused$q == one2) | pop_refused) begin
                    r1$d = push_word;
                    refused$d = two2;
                end
                else begin
                    dropped = 1'b1;
                end
            end
            else if ((queued$q == zero2) | ((queued$q == one2) & pop_queued)) begin
                q0$d = push_word;
                queued$d = one2;
            end
            else if ((queued$q == one2) | pop_queued) begin
                q1$d = push_word;
                queued$d = two2;
            end
            else begin
                r0$d = push_word;
                refused$d = one2;
            end
        end
        window_full = (refused$q != zero2) | (queued$q == two2) | ((queued$q == one2) & ~idle);
        queued_any = (queued$q != zero2) | (refused$q != zero2);
        if (reset) begin
            queued$d = zero2;
            refused$d = zero2;
        end
    end
    
endmodule // top$front_end$frame_tx$queue$fifo


module top$front_end$frame_tx$queue$fifo$q0(d,q,clock);
    
    // Module arguments
    input wire  [27:0] d;
    output reg  [27:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 28'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$fifo$q0


module top$front_end$frame_tx$queue$fifo$q1(d,q,clock);
    
    // Module arguments
    input wire  [27:0] d;
    output reg  [27:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 28'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$fifo$q1


module top$front_end$frame_tx$queue$fifo$queued(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$fifo$queued


module top$front_end$frame_tx$queue$fifo$r0(d,q,clock);
    
    // Module arguments
    input wire  [27:0] d;
    output reg  [27:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 28'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$fifo$r0


module top$front_end$frame_tx$queue$fifo$r1(d,q,clock);
    
    // Module arguments
    input wire  [27:0] d;
    output reg  [27:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 28'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$fifo$r1


module top$front_end$frame_tx$queue$fifo$refused(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$fifo$refused


module top$front_end$frame_tx$queue$freed(d,q,clock);
    
    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 2'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$freed


module top$front_end$frame_tx$queue$have_result(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$have_result


module top$front_end$frame_tx$queue$last_slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$last_slot


module top$front_end$frame_tx$queue$remember_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$remember_q


module top$front_end$frame_tx$queue$replay_older_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$replay_older_q


module top$front_end$frame_tx$queue$replay_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$replay_q


module top$front_end$frame_tx$queue$seq_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$seq_q


module top$front_end$frame_tx$queue$settle(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$settle


module top$front_end$frame_tx$queue$slot(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$slot


module top$front_end$frame_tx$queue$status_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$queue$status_q


module top$front_end$frame_tx$sender(clock,reset,queued_any,decided,to_result,cmd,seq,status,data_base,idle,waiting,answered,dropped,read,read_address,read_data,counters$frames_ok,counters$bad_headers,counters$bad_crcs,counters$timeouts,tx_bytes$data,tx_bytes$valid,tx_bytes$ready);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  queued_any;
    input wire  decided;
    input wire  to_result;
    input wire  [7:0] cmd;
    input wire  [7:0] seq;
    input wire  [7:0] status;
    input wire  [23:0] data_base;
    output reg  idle;
    output reg  waiting;
    output reg  answered;
    input wire  dropped;
    output reg  read;
    output reg  [23:0] read_address;
    input wire  [7:0] read_data;
    input wire  [15:0] counters$frames_ok;
    input wire  [15:0] counters$bad_headers;
    input wire  [15:0] counters$bad_crcs;
    input wire  [15:0] counters$timeouts;
    output reg  [7:0] tx_bytes$data;
    output reg  tx_bytes$valid;
    input wire  tx_bytes$ready;
    
    // Constant declarations
    localparam  cmd_info = 8'h1;
    localparam  cmd_status = 8'h2;
    localparam  cmd_run = 8'h30;
    localparam  cmd_read_result = 8'h31;
    localparam  ok = 8'h0;
    localparam  info_bytes = 16'h20;
    localparam  status_payload = 16'h1a;
    localparam  result_header = 16'h8;
    localparam  frame_overhead = 16'h9;
    localparam  cmd_position = 16'h2;
    localparam  crc8_position = 16'h6;
    localparam  one24 = 24'h1;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  two16 = 16'h2;
    localparam  max16 = 16'hffff;
    localparam  max16_less_one = 16'hfffe;
    localparam  shift2 = 8'h2;
    localparam  shift8 = 8'h8;
    
    // Enums
    localparam SendState$Idle = 0;
    localparam SendState$Wait = 1;
    localparam SendState$Classes0 = 2;
    localparam SendState$Classes1 = 3;
    localparam SendState$Classes2 = 4;
    localparam SendState$Classes3 = 5;
    localparam SendState$Load = 6;
    localparam SendState$Fetch = 7;
    localparam SendState$Hold = 8;
    localparam SendState$Send = 9;
    
    // Stub signals
    reg  response_byte$clock;
    reg  [15:0] response_byte$position;
    reg  [15:0] response_byte$total;
    reg  [15:0] response_byte$payload_length;
    reg  [15:0] response_byte$data_length;
    reg  [7:0] response_byte$cmd;
    reg  [7:0] response_byte$seq;
    reg  [7:0] response_byte$status;
    reg  [7:0] response_byte$header_crc;
    reg  [15:0] response_byte$frame_crc;
    reg  [7:0] response_byte$read_data;
    reg  [15:0] response_byte$refusals;
    wire  [7:0] response_byte$value;
    wire  response_byte$is_data;
    wire  response_byte$from_counters;
    wire  [15:0] response_byte$data_index;
    reg  header_crc$clock;
    reg  header_crc$clear;
    reg  header_crc$enable;
    reg  [7:0] header_crc$data;
    wire  [7:0] header_crc$crc;
    reg  frame_crc$clock;
    reg  frame_crc$clear;
    reg  frame_crc$enable;
    reg  [7:0] frame_crc$data;
    wire  [15:0] frame_crc$crc;
    reg  [3:0] state$d;
    wire  [3:0] state$q;
    reg  state$clock;
    reg  read_q$d;
    wire  read_q$q;
    reg  read_q$clock;
    reg  [23:0] read_address_q$d;
    wire  [23:0] read_address_q$q;
    reg  read_address_q$clock;
    reg  [7:0] byte_q$d;
    wire  [7:0] byte_q$q;
    reg  byte_q$clock;
    reg  [15:0] data_length_q$d;
    wire  [15:0] data_length_q$q;
    reg  data_length_q$clock;
    reg  [15:0] payload_length_q$d;
    wire  [15:0] payload_length_q$q;
    reg  payload_length_q$clock;
    reg  [15:0] total_q$d;
    wire  [15:0] total_q$q;
    reg  total_q$clock;
    reg  header_crc_byte$d;
    wire  header_crc_byte$q;
    reg  header_crc_byte$clock;
    reg  frame_crc_byte$d;
    wire  frame_crc_byte$q;
    reg  frame_crc_byte$clock;
    reg  last_byte$d;
    wire  last_byte$q;
    reg  last_byte$clock;
    reg  [15:0] length$d;
    wire  [15:0] length$q;
    reg  length$clock;
    reg  [15:0] position$d;
    wire  [15:0] position$q;
    reg  position$clock;
    reg  [7:0] classes_low$d;
    wire  [7:0] classes_low$q;
    reg  classes_low$clock;
    reg  [15:0] refusals$d;
    wire  [15:0] refusals$q;
    reg  refusals$clock;
    
    // Local signals
    reg  read_now;
    reg  [23:0] read_address_now;
    reg  refused_now;
    reg  [15:0] data_length;
    reg  [15:0] total;
    reg  [15:0] payload_length;
    
    // Sub module instances
    top$front_end$frame_tx$sender$response_byte response_byte(
        .clock(response_byte$clock),
        .position(response_byte$position),
        .total(response_byte$total),
        .payload_length(response_byte$payload_length),
        .data_length(response_byte$data_length),
        .cmd(response_byte$cmd),
        .seq(response_byte$seq),
        .status(response_byte$status),
        .header_crc(response_byte$header_crc),
        .frame_crc(response_byte$frame_crc),
        .read_data(response_byte$read_data),
        .counters$frames_ok(counters$frames_ok),
        .counters$bad_headers(counters$bad_headers),
        .counters$bad_crcs(counters$bad_crcs),
        .counters$timeouts(counters$timeouts),
        .refusals(response_byte$refusals),
        .value(response_byte$value),
        .is_data(response_byte$is_data),
        .from_counters(response_byte$from_counters),
        .data_index(response_byte$data_index)
    );
    top$front_end$frame_tx$sender$header_crc header_crc(
        .clock(header_crc$clock),
        .clear(header_crc$clear),
        .enable(header_crc$enable),
        .data(header_crc$data),
        .crc(header_crc$crc)
    );
    top$front_end$frame_tx$sender$frame_crc frame_crc(
        .clock(frame_crc$clock),
        .clear(frame_crc$clear),
        .enable(frame_crc$enable),
        .data(frame_crc$data),
        .crc(frame_crc$crc)
    );
    top$front_end$frame_tx$sender$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$front_end$frame_tx$sender$read_q read_q(
        .d(read_q$d),
        .q(read_q$q),
        .clock(read_q$clock)
    );
    top$front_end$frame_tx$sender$read_address_q read_address_q(
        .d(read_address_q$d),
        .q(read_address_q$q),
        .clock(read_address_q$clock)
    );
    top$front_end$frame_tx$sender$byte_q byte_q(
        .d(byte_q$d),
        .q(byte_q$q),
        .clock(byte_q$clock)
    );
    top$front_end$frame_tx$sender$data_length_q data_length_q(
        .d(data_length_q$d),
        .q(data_length_q$q),
        .clock(data_length_q$clock)
    );
    top$front_end$frame_tx$sender$payload_length_q payload_length_q(
        .d(payload_length_q$d),
        .q(payload_length_q$q),
        .clock(payload_length_q$clock)
    );
    top$front_end$frame_tx$sender$total_q total_q(
        .d(total_q$d),
        .q(total_q$q),
        .clock(total_q$clock)
    );
    top$front_end$frame_tx$sender$header_crc_byte header_crc_byte(
        .d(header_crc_byte$d),
        .q(header_crc_byte$q),
        .clock(header_crc_byte$clock)
    );
    top$front_end$frame_tx$sender$frame_crc_byte frame_crc_byte(
        .d(frame_crc_byte$d),
        .q(frame_crc_byte$q),
        .clock(frame_crc_byte$clock)
    );
    top$front_end$frame_tx$sender$last_byte last_byte(
        .d(last_byte$d),
        .q(last_byte$q),
        .clock(last_byte$clock)
    );
    top$front_end$frame_tx$sender$length length(
        .d(length$d),
        .q(length$q),
        .clock(length$clock)
    );
    top$front_end$frame_tx$sender$position position(
        .d(position$d),
        .q(position$q),
        .clock(position$clock)
    );
    top$front_end$frame_tx$sender$classes_low classes_low(
        .d(classes_low$d),
        .q(classes_low$q),
        .clock(classes_low$clock)
    );
    top$front_end$frame_tx$sender$refusals refusals(
        .d(refusals$d),
        .q(refusals$q),
        .clock(refusals$clock)
    );
    
    // Update code
    always @(*) begin
        state$clock = clock;
        read_q$clock = clock;
        read_address_q$clock = clock;
        byte_q$clock = clock;
        data_length_q$clock = clock;
        payload_length_q$clock = clock;
        total_q$clock = clock;
        header_crc_byte$clock = clock;
        frame_crc_byte$clock = clock;
        last_byte$clock = clock;
        length$clock = clock;
        position$clock = clock;
        classes_low$clock = clock;
        refusals$clock = clock;
        state$d = state$q;
        read_q$d = read_q$q;
        read_address_q$d = read_address_q$q;
        byte_q$d = byte_q$q;
        data_length_q$d = data_length_q$q;
        payload_length_q$d = payload_length_q$q;
        total_q$d = total_q$q;
        header_crc_byte$d = header_crc_byte$q;
        frame_crc_byte$d = frame_crc_byte$q;
        last_byte$d = last_byte$q;
        length$d = length$q;
        position$d = position$q;
        classes_low$d = classes_low$q;
        refusals$d = refusals$q;
        header_crc$clock = clock;
        frame_crc$clock = clock;
        response_byte$clock = clock;
        header_crc$clear = 1'b0;
        header_crc$enable = 1'b0;
        frame_crc$clear = 1'b0;
        frame_crc$enable = 1'b0;
        read_now = 1'b0;
        read_address_now = data_base;
        tx_bytes$valid = 1'b0;
        answered = 1'b0;
        data_length = zero16;
        if (status == ok) begin
            if (cmd == cmd_info) begin
                data_length = info_bytes;
            end
            if (cmd == cmd_status) begin
                data_length = status_payload;
            end
            if ((cmd == cmd_run) | (cmd == cmd_read_result)) begin
                data_length = length$q;
            end
        end
        payload_length = one16 + data_length;
        total = frame_overhead + payload_length;
        data_length_q$d = data_length;
        payload_length_q$d = payload_length;
        total_q$d = total;
        response_byte$position = position$q;
        response_byte$total = total_q$q;
        response_byte$payload_length = payload_length_q$q;
        response_byte$data_length = data_length_q$q;
        response_byte$cmd = cmd;
        response_byte$seq = seq;
        response_byte$status = status;
        response_byte$header_crc = header_crc$crc;
        response_byte$frame_crc = frame_crc$crc;
        response_byte$read_data = read_data;
        response_byte$refusals = refusals$q;
        tx_bytes$data = byte_q$q;
        header_crc$data = byte_q$q;
        frame_crc$data = byte_q$q;
        refused_now = 1'b0;
        case (state$q)
            SendState$Idle:
                begin
                    if (queued_any) begin
                        state$d = SendState$Wait;
                    end
                end
            SendState$Wait:
                begin
                    if (decided) begin
                        state$d = SendState$Load;
                        if (to_result) begin
                            state$d = SendState$Classes0;
                        end
                    end
                    position$d = zero16;
                    header_crc$clear = 1'b1;
                    frame_crc$clear = 1'b1;
                end
            SendState$Classes0:
                begin
                    read_now = 1'b1;
                    read_address_now = data_base;
                    state$d = SendState$Classes1;
                end
            SendState$Classes1:
                begin
                    read_now = 1'b1;
                    read_address_now = data_base + one24;
                    state$d = SendState$Classes2;
                end
            SendState$Classes2:
                begin
                    classes_low$d = read_data;
                    state$d = SendState$Classes3;
                end
            SendState$Classes3:
                begin
                    length$d = result_header + ((((classes_low$q) & 16'hffff) | (((read_data) & 16'hffff) << shift8)) << shift2);
                    state$d = SendState$Load;
                end
            SendState$Load:
                begin
                    if (response_byte$is_data & ~response_byte$from_counters) begin
                        read_now = 1'b1;
                        read_address_now = data_base + ((response_byte$data_index) & 24'hffffff);
                    end
                    state$d = SendState$Fetch;
                end
            SendState$Fetch:
                begin
                    state$d = SendState$Hold;
                end
            SendState$Hold:
                begin
                    byte_q$d = response_byte$value;
                    header_crc_byte$d = (position$q >= cmd_position) & (position$q < crc8_position);
                    frame_crc_byte$d = (position$q >= cmd_position) & (position$q + two16 < total_q$q);
                    last_byte$d = position$q + one16 == total_q$q;
                    state$d = SendState$Send;
                end
            SendState$Send:
                begin
                    tx_bytes$valid = 1'b1;
                    if (tx_bytes$ready) begin
                        header_crc$enable = header_crc_byte$q;
                        frame_crc$enable = frame_crc_byte$q;
                        position$d = position$q + one16;
                        state$d = SendState$Load;
                        if (last_byte$q) begin
                            state$d = SendState$Idle;
                            answered = 1'b1;
                            refused_now = status != ok;
                        end
                    end
                end
            default:
                begin
                    state$d = SendState$Idle;
                end
        endcase
        if (refused_now & dropped) begin
            refusals$d = refusals$q + two16;
            if (refusals$q >= max16_less_one) begin
                refusals$d = max16;
            end
        end
        else if ((refused_now | dropped) & (refusals$q != max16)) begin
            refusals$d = refusals$q + one16;
        end
        read_q$d = read_now;
        read_address_q$d = read_address_now;
        read = read_q$q;
        read_address = read_address_q$q;
        if (reset) begin
            read_q$d = 1'b0;
            state$d = SendState$Idle;
            refusals$d = zero16;
        end
        idle = state$q == SendState$Idle;
        waiting = state$q == SendState$Wait;
    end
    
endmodule // top$front_end$frame_tx$sender


module top$front_end$frame_tx$sender$byte_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$byte_q


module top$front_end$frame_tx$sender$classes_low(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$classes_low


module top$front_end$frame_tx$sender$data_length_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$data_length_q


module top$front_end$frame_tx$sender$frame_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [15:0] crc;
    
    // Update code (custom)
    reg [15:0] state;
    wire [15:0] next;
    assign next[0] = ^(state & 16'h1100) ^ ^(data & 8'h11);
    assign next[1] = ^(state & 16'h2200) ^ ^(data & 8'h22);
    assign next[2] = ^(state & 16'h4400) ^ ^(data & 8'h44);
    assign next[3] = ^(state & 16'h8800) ^ ^(data & 8'h88);
    assign next[4] = ^(state & 16'h1000) ^ ^(data & 8'h10);
    assign next[5] = ^(state & 16'h3100) ^ ^(data & 8'h31);
    assign next[6] = ^(state & 16'h6200) ^ ^(data & 8'h62);
    assign next[7] = ^(state & 16'hc400) ^ ^(data & 8'hc4);
    assign next[8] = ^(state & 16'h8801) ^ ^(data & 8'h88);
    assign next[9] = ^(state & 16'h1002) ^ ^(data & 8'h10);
    assign next[10] = ^(state & 16'h2004) ^ ^(data & 8'h20);
    assign next[11] = ^(state & 16'h4008) ^ ^(data & 8'h40);
    assign next[12] = ^(state & 16'h9110) ^ ^(data & 8'h91);
    assign next[13] = ^(state & 16'h2220) ^ ^(data & 8'h22);
    assign next[14] = ^(state & 16'h4440) ^ ^(data & 8'h44);
    assign next[15] = ^(state & 16'h8880) ^ ^(data & 8'h88);
    always @(posedge clock) begin
        if (clear) state <= 16'hffff;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 16'h0;
endmodule // top$front_end$frame_tx$sender$frame_crc


module top$front_end$frame_tx$sender$frame_crc_byte(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$frame_crc_byte


module top$front_end$frame_tx$sender$header_crc(clock,clear,enable,data,crc);
    
    // Module arguments
    input wire  clock;
    input wire  clear;
    input wire  enable;
    input wire  [7:0] data;
    output reg  [7:0] crc;
    
    // Update code (custom)
    reg [7:0] state;
    wire [7:0] next;
    assign next[0] = ^(state & 8'hc1) ^ ^(data & 8'hc1);
    assign next[1] = ^(state & 8'h43) ^ ^(data & 8'h43);
    assign next[2] = ^(state & 8'h47) ^ ^(data & 8'h47);
    assign next[3] = ^(state & 8'h8e) ^ ^(data & 8'h8e);
    assign next[4] = ^(state & 8'h1c) ^ ^(data & 8'h1c);
    assign next[5] = ^(state & 8'h38) ^ ^(data & 8'h38);
    assign next[6] = ^(state & 8'h70) ^ ^(data & 8'h70);
    assign next[7] = ^(state & 8'he0) ^ ^(data & 8'he0);
    always @(posedge clock) begin
        if (clear) state <= 8'h0;
        else if (enable) state <= next;
    end
    always @(*) crc = state ^ 8'h0;
endmodule // top$front_end$frame_tx$sender$header_crc


module top$front_end$frame_tx$sender$header_crc_byte(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$header_crc_byte


module top$front_end$frame_tx$sender$last_byte(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$last_byte


module top$front_end$frame_tx$sender$length(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$length


module top$front_end$frame_tx$sender$payload_length_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$payload_length_q


module top$front_end$frame_tx$sender$position(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$position


module top$front_end$frame_tx$sender$read_address_q(d,q,clock);
    
    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 24'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$read_address_q


module top$front_end$frame_tx$sender$read_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$read_q


module top$front_end$frame_tx$sender$refusals(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$refusals


module top$front_end$frame_tx$sender$response_byte(clock,position,total,payload_length,data_length,cmd,seq,status,header_crc,frame_crc,read_data,counters$frames_ok,counters$bad_headers,counters$bad_crcs,counters$timeouts,refusals,value,is_data,from_counters,data_index);
    
    // Module arguments
    input wire  clock;
    input wire  [15:0] position;
    input wire  [15:0] total;
    input wire  [15:0] payload_length;
    input wire  [15:0] data_length;
    input wire  [7:0] cmd;
    input wire  [7:0] seq;
    input wire  [7:0] status;
    input wire  [7:0] header_crc;
    input wire  [15:0] frame_crc;
    input wire  [7:0] read_data;
    input wire  [15:0] counters$frames_ok;
    input wire  [15:0] counters$bad_headers;
    input wire  [15:0] counters$bad_crcs;
    input wire  [15:0] counters$timeouts;
    input wire  [15:0] refusals;
    output reg  [7:0] value;
    output reg  is_data;
    output reg  from_counters;
    output reg  [15:0] data_index;
    
    // Constant declarations
    localparam  zero8 = 8'h0;
    localparam  cmd_status = 8'h2;
    localparam  response_flag = 8'h80;
    localparam  sync0 = 8'ha5;
    localparam  sync1 = 8'h5a;
    localparam  status_bytes = 16'h10;
    localparam  first_data = 16'h8;
    localparam  positions$0 = 16'h0;
    localparam  positions$1 = 16'h1;
    localparam  positions$2 = 16'h2;
    localparam  positions$3 = 16'h3;
    localparam  positions$4 = 16'h4;
    localparam  positions$5 = 16'h5;
    localparam  positions$6 = 16'h6;
    localparam  positions$7 = 16'h7;
    localparam  one16 = 16'h1;
    localparam  two16 = 16'h2;
    localparam  shift16 = 8'h10;
    localparam  shift32 = 8'h20;
    localparam  shift48 = 8'h30;
    localparam  shift64 = 8'h40;
    localparam  three8 = 8'h3;
    
    // Stub signals
    reg  [7:0] header_byte_q$d;
    wire  [7:0] header_byte_q$q;
    reg  header_byte_q$clock;
    reg  is_header_q$d;
    wire  is_header_q$q;
    reg  is_header_q$clock;
    reg  [7:0] counter_byte_q$d;
    wire  [7:0] counter_byte_q$q;
    reg  counter_byte_q$clock;
    reg  from_counters_q$d;
    wire  from_counters_q$q;
    reg  from_counters_q$clock;
    
    // Local signals
    reg  [15:0] index;
    reg  [127:0] counter_bits;
    reg  [15:0] counter_index_wide;
    reg  [3:0] counter_nibble;
    reg  [6:0] counter_bit;
    reg  [7:0] counter_byte;
    reg  [7:0] header_byte;
    reg  is_header;
    
    // Sub module instances
    top$front_end$frame_tx$sender$response_byte$header_byte_q header_byte_q(
        .d(header_byte_q$d),
        .q(header_byte_q$q),
        .clock(header_byte_q$clock)
    );
    top$front_end$frame_tx$sender$response_byte$is_header_q is_header_q(
        .d(is_header_q$d),
        .q(is_header_q$q),
        .clock(is_header_q$clock)
    );
    top$front_end$frame_tx$sender$response_byte$counter_byte_q counter_byte_q(
        .d(counter_byte_q$d),
        .q(counter_byte_q$q),
        .clock(counter_byte_q$clock)
    );
    top$front_end$frame_tx$sender$response_byte$from_counters_q from_counters_q(
        .d(from_counters_q$d),
        .q(from_counters_q$q),
        .clock(from_counters_q$clock)
    );
    
    // Update code
    always @(*) begin
        header_byte_q$clock = clock;
        is_header_q$clock = clock;
        counter_byte_q$clock = clock;
        from_counters_q$clock = clock;
        header_byte_q$d = header_byte_q$q;
        is_header_q$d = is_header_q$q;
        counter_byte_q$d = counter_byte_q$q;
        from_counters_q$d = from_counters_q$q;
        index = position - first_data;
        is_data = (position >= first_data) & (index < data_length);
        from_counters = (cmd == cmd_status) & (index >= status_bytes);
        data_index = index;
        counter_bits = ((counters$frames_ok) & 128'hffffffffffffffffffffffffffffffff) | (((counters$bad_headers) & 128'hffffffffffffffffffffffffffffffff) << shift16) | (((counters$bad_crcs) & 128'hffffffffffffffffffffffffffffffff) << shift32) | (((counters$timeouts) & 128'hffffffffffffffffffffffffffffffff) << shift48) | (((refusals) & 128'hffffffffffffffffffffffffffffffff) << shift64);
        counter_index_wide = index - status_bytes;
        counter_nibble = counter_index_wide[(32'h0)+:(4)];
        counter_bit = ((counter_nibble) & 7'h7f) << three8;
        counter_byte = counter_bits[(counter_bit)+:(8)];
        header_byte = zero8;
        is_header = 1'b1;
        if (position == positions$0) begin
            header_byte = sync0;
        end
        else if (position == positions$1) begin
            header_byte = sync1;
        end
        else if (position == positions$2) begin
            header_byte = cmd | response_flag;
        end
        else if (position == positions$3) begin
            header_byte = seq;
        end
        else if (position == positions$4) begin
            header_byte = payload_length[(32'h0)+:(8)];
        end
        else if (position == positions$5) begin
            header_byte = payload_length[(32'h8)+:(8)];
        end
        else if (position == positions$6) begin
            header_byte = header_crc;
        end
        else if (position == positions$7) begin
            header_byte = status;
        end
        else begin
            is_header = 1'b0;
        end
        if (position + two16 == total) begin
            header_byte = frame_crc[(32'h0)+:(8)];
            is_header = 1'b1;
        end
        if (position + one16 == total) begin
            header_byte = frame_crc[(32'h8)+:(8)];
            is_header = 1'b1;
        end
        header_byte_q$d = header_byte;
        is_header_q$d = is_header;
        counter_byte_q$d = counter_byte;
        from_counters_q$d = from_counters;
        value = read_data;
        if (from_counters_q$q) begin
            value = counter_byte_q$q;
        end
        if (is_header_q$q) begin
            value = header_byte_q$q;
        end
    end
    
endmodule // top$front_end$frame_tx$sender$response_byte


module top$front_end$frame_tx$sender$response_byte$counter_byte_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$response_byte$counter_byte_q


module top$front_end$frame_tx$sender$response_byte$from_counters_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$response_byte$from_counters_q


module top$front_end$frame_tx$sender$response_byte$header_byte_q(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$response_byte$header_byte_q


module top$front_end$frame_tx$sender$response_byte$is_header_q(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$response_byte$is_header_q


module top$front_end$frame_tx$sender$state(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Enums
    localparam SendState$Idle = 0;
    localparam SendState$Wait = 1;
    localparam SendState$Classes0 = 2;
    localparam SendState$Classes1 = 3;
    localparam SendState$Classes2 = 4;
    localparam SendState$Classes3 = 5;
    localparam SendState$Load = 6;
    localparam SendState$Fetch = 7;
    localparam SendState$Hold = 8;
    localparam SendState$Send = 9;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$state


module top$front_end$frame_tx$sender$total_q(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$frame_tx$sender$total_q


module top$front_end$uart_rx(clock,reset,rx,rx_bytes$data,rx_bytes$valid,rx_bytes$ready,framing_error,overrun);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  rx;
    output reg  [7:0] rx_bytes$data;
    output reg  rx_bytes$valid;
    input wire  rx_bytes$ready;
    output reg  framing_error;
    output reg  overrun;
    
    // Constant declarations
    localparam  half_bit = 16'h1;
    localparam  full_bit = 16'h4;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  one4 = 4'h1;
    localparam  eight = 4'h8;
    localparam  top_bit = 8'h80;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Start = 1;
    localparam RxState$Data = 2;
    localparam RxState$Stop = 3;
    localparam RxState$WaitIdle = 4;
    
    // Stub signals
    reg  sync0$d;
    wire  sync0$q;
    reg  sync0$clock;
    reg  sync1$d;
    wire  sync1$q;
    reg  sync1$clock;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [15:0] countdown$d;
    wire  [15:0] countdown$q;
    reg  countdown$clock;
    reg  [3:0] bits_left$d;
    wire  [3:0] bits_left$q;
    reg  bits_left$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  [7:0] held$d;
    wire  [7:0] held$q;
    reg  held$clock;
    reg  held_valid$d;
    wire  held_valid$q;
    reg  held_valid$clock;
    
    // Sub module instances
    top$front_end$uart_rx$sync0 sync0(
        .d(sync0$d),
        .q(sync0$q),
        .clock(sync0$clock)
    );
    top$front_end$uart_rx$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    top$front_end$uart_rx$state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    top$front_end$uart_rx$countdown countdown(
        .d(countdown$d),
        .q(countdown$q),
        .clock(countdown$clock)
    );
    top$front_end$uart_rx$bits_left bits_left(
        .d(bits_left$d),
        .q(bits_left$q),
        .clock(bits_left$clock)
    );
    top$front_end$uart_rx$shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    top$front_end$uart_rx$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    top$front_end$uart_rx$held_valid held_valid(
        .d(held_valid$d),
        .q(held_valid$q),
        .clock(held_valid$clock)
    );
    
    // Update code
    always @(*) begin
        sync0$clock = clock;
        sync1$clock = clock;
        state$clock = clock;
        countdown$clock = clock;
        bits_left$clock = clock;
        shift$clock = clock;
        held$clock = clock;
        held_valid$clock = clock;
        sync0$d = sync0$q;
        sync1$d = sync1$q;
        state$d = state$q;
        countdown$d = countdown$q;
        bits_left$d = bits_left$q;
        shift$d = shift$q;
        held$d = held$q;
        held_valid$d = held_valid$q;
        sync0$d = rx;
        sync1$d = sync0$q;
        framing_error = 1'b0;
        overrun = 1'b0;
        if (held_valid$q & rx_bytes$ready) begin
            held_valid$d = 1'b0;
        end
        if (countdown$q != zero16) begin
            countdown$d = countdown$q - one16;
        end
        case (state$q)
            RxState$Idle:
                begin
                    if (~sync1$q) begin
                        state$d = RxState$Start;
                        countdown$d = half_bit;
                    end
                end
            RxState$Start:
                begin
                    if (countdown$q == zero16) begin
                        if (sync1$q) begin
                            state$d = RxState$Idle;
                        end
                        else begin
                            state$d = RxState$Data;
                            countdown$d = full_bit;
                            bits_left$d = eight;
                        end
                    end
                end
            RxState$Data:
                begin
                    if (countdown$q == zero16) begin
                        shift$d = shift$q >> 32'h1;
                        if (sync1$q) begin
                            shift$d = (shift$q >> 32'h1) | top_bit;
                        end
                        bits_left$d = bits_left$q - one4;
                        countdown$d = full_bit;
                        if (bits_left$q == one4) begin
                            state$d = RxState$Stop;
                        end
                    end
                end
            RxState$Stop:
                begin
                    if (countdown$q == zero16) begin
                        if (sync1$q) begin
                            state$d = RxState$Idle;
                            if (held_valid$q & ~rx_bytes$ready) begin
                                overrun = 1'b1;
                            end
                            else begin
                                held$d = shift$q;
                                held_valid$d = 1'b1;
                            end
                        end
                        else begin
                            framing_error = 1'b1;
                            state$d = RxState$WaitIdle;
                        end
                    end
                end
            RxState$WaitIdle:
                begin
                    if (sync1$q) begin
                        state$d = RxState$Idle;
                    end
                end
            default:
                begin
                    state$d = RxState$Idle;
                end
        endcase
        if (reset) begin
            sync0$d = 1'b1;
            sync1$d = 1'b1;
            state$d = RxState$Idle;
            held_valid$d = 1'b0;
            countdown$d = zero16;
        end
        rx_bytes$data = held$q;
        rx_bytes$valid = held_valid$q;
    end
    
endmodule // top$front_end$uart_rx


module top$front_end$uart_rx$bits_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$bits_left


module top$front_end$uart_rx$countdown(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$countdown


module top$front_end$uart_rx$held(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$held


module top$front_end$uart_rx$held_valid(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$held_valid


module top$front_end$uart_rx$shift(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$shift


module top$front_end$uart_rx$state(d,q,clock);
    
    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;
    
    // Enums
    localparam RxState$Idle = 0;
    localparam RxState$Start = 1;
    localparam RxState$Data = 2;
    localparam RxState$Stop = 3;
    localparam RxState$WaitIdle = 4;
    
    // Update code (custom)
    initial begin
       q = 64'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$state


module top$front_end$uart_rx$sync0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$sync0


module top$front_end$uart_rx$sync1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_rx$sync1


module top$front_end$uart_tx(clock,reset,tx_bytes$data,tx_bytes$valid,tx_bytes$ready,tx);
    
    // Module arguments
    input wire  clock;
    input wire  reset;
    input wire  [7:0] tx_bytes$data;
    input wire  tx_bytes$valid;
    output reg  tx_bytes$ready;
    output reg  tx;
    
    // Constant declarations
    localparam  full_bit = 16'h4;
    localparam  zero16 = 16'h0;
    localparam  one16 = 16'h1;
    localparam  zero4 = 4'h0;
    localparam  one4 = 4'h1;
    localparam  frame_bits = 4'ha;
    localparam  stop_bit = 10'b1000000000;
    
    // Stub signals
    reg  [9:0] frame$d;
    wire  [9:0] frame$q;
    reg  frame$clock;
    reg  [3:0] bits_left$d;
    wire  [3:0] bits_left$q;
    reg  bits_left$clock;
    reg  [15:0] countdown$d;
    wire  [15:0] countdown$q;
    reg  countdown$clock;
    reg  line$d;
    wire  line$q;
    reg  line$clock;
    
    // Sub module instances
    top$front_end$uart_tx$frame frame(
        .d(frame$d),
        .q(frame$q),
        .clock(frame$clock)
    );
    top$front_end$uart_tx$bits_left bits_left(
        .d(bits_left$d),
        .q(bits_left$q),
        .clock(bits_left$clock)
    );
    top$front_end$uart_tx$countdown countdown(
        .d(countdown$d),
        .q(countdown$q),
        .clock(countdown$clock)
    );
    top$front_end$uart_tx$line line(
        .d(line$d),
        .q(line$q),
        .clock(line$clock)
    );
    
    // Update code
    always @(*) begin
        frame$clock = clock;
        bits_left$clock = clock;
        countdown$clock = clock;
        line$clock = clock;
        frame$d = frame$q;
        bits_left$d = bits_left$q;
        countdown$d = countdown$q;
        line$d = line$q;
        tx_bytes$ready = (bits_left$q == zero4) | ((bits_left$q == one4) & (countdown$q == zero16));
        if (countdown$q != zero16) begin
            countdown$d = countdown$q - one16;
        end
        else if (bits_left$q != zero4) begin
            frame$d = frame$q >> 32'h1;
            bits_left$d = bits_left$q - one4;
            line$d = frame$q[32'h1];
            countdown$d = full_bit;
            if (bits_left$q == one4) begin
                line$d = 1'b1;
            end
        end
        if (tx_bytes$valid & tx_bytes$ready) begin
            frame$d = (((tx_bytes$data) & 10'h3ff) << 32'h1) | stop_bit;
            bits_left$d = frame_bits;
            countdown$d = full_bit;
            line$d = 1'b0;
        end
        if (reset) begin
            bits_left$d = zero4;
            countdown$d = zero16;
            line$d = 1'b1;
        end
        tx = line$q | (bits_left$q == zero4);
    end
    
endmodule // top$front_end$uart_tx


module top$front_end$uart_tx$bits_left(d,q,clock);
    
    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 4'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$bits_left


module top$front_end$uart_tx$countdown(d,q,clock);
    
    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 16'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$countdown


module top$front_end$uart_tx$frame(d,q,clock);
    
    // Module arguments
    input wire  [9:0] d;
    output reg  [9:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 10'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$frame


module top$front_end$uart_tx$line(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$front_end$uart_tx$line


module top$heartbeat(d,q,clock);
    
    // Module arguments
    input wire  [25:0] d;
    output reg  [25:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 26'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$heartbeat

// v-- Setting output parameters to net type for wrapped code.


module top$pll(clock_in,clock_out,locked);
    
    // Module arguments
    input wire  clock_in;
    output wire  clock_out;
    output wire  locked;
    
    // Update code (wrapper)
    /* verilator lint_off PINCONNECTEMPTY */ // PLLOUTCORE and SDO are unused on purpose.
    SB_PLL40_CORE #(.FEEDBACK_PATH("SIMPLE"), .DIVR(4'd4), .DIVF(7'd47), .DIVQ(3'd4), .FILTER_RANGE(3'd2))
        pll_inst (.LOCK(locked), .RESETB(1'b1), .BYPASS(1'b0), .REFERENCECLK(clock_in), .PLLOUTGLOBAL(clock_out),
                  .PLLOUTCORE(), .EXTFEEDBACK(1'b0), .DYNAMICDELAY(8'd0), .LATCHINPUTVALUE(1'b0), .SDI(1'b0), .SCLK(1'b0), .SDO());
endmodule // top$pll


module top$reset_generator(clock,button_n,locked,reset);
    
    // Module arguments
    input wire  clock;
    input wire  button_n;
    input wire  locked;
    output reg  reset;
    
    // Constant declarations
    localparam  zero = 8'h0;
    localparam  one = 8'h1;
    localparam  full = 8'hff;
    
    // Stub signals
    reg  sync0$d;
    wire  sync0$q;
    reg  sync0$clock;
    reg  sync1$d;
    wire  sync1$q;
    reg  sync1$clock;
    reg  [7:0] count$d;
    wire  [7:0] count$q;
    reg  count$clock;
    reg  held$d;
    wire  held$q;
    reg  held$clock;
    
    // Sub module instances
    top$reset_generator$sync0 sync0(
        .d(sync0$d),
        .q(sync0$q),
        .clock(sync0$clock)
    );
    top$reset_generator$sync1 sync1(
        .d(sync1$d),
        .q(sync1$q),
        .clock(sync1$clock)
    );
    top$reset_generator$count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    top$reset_generator$held held(
        .d(held$d),
        .q(held$q),
        .clock(held$clock)
    );
    
    // Update code
    always @(*) begin
        sync0$clock = clock;
        sync1$clock = clock;
        count$clock = clock;
        held$clock = clock;
        sync0$d = sync0$q;
        sync1$d = sync1$q;
        count$d = count$q;
        held$d = held$q;
        sync0$d = button_n;
        sync1$d = sync0$q;
        if (~locked | ~sync1$q) begin
            count$d = zero;
        end
        else if (count$q != full) begin
            count$d = count$q + one;
        end
        held$d = count$q != full;
        reset = held$q;
    end
    
endmodule // top$reset_generator


module top$reset_generator$count(d,q,clock);
    
    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 8'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$count


module top$reset_generator$held(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$held


module top$reset_generator$sync0(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$sync0


module top$reset_generator$sync1(d,q,clock);
    
    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;
    
    // Update code (custom)
    initial begin
       q = 1'h0;
    end
    
    always @(posedge clock) begin
       q <= d;
    end
          
endmodule // top$reset_generator$sync1
(* blackbox *) module SB_PLL40_CORE(input REFERENCECLK, output PLLOUTCORE, output PLLOUTGLOBAL,
  input EXTFEEDBACK, input [7:0] DYNAMICDELAY, output LOCK, input BYPASS, input RESETB,
  input LATCHINPUTVALUE, output SDO, input SDI, input SCLK);
parameter FEEDBACK_PATH = "SIMPLE"; parameter DIVR = 4'b0000; parameter DIVF = 7'b0000000;
parameter DIVQ = 3'b000; parameter FILTER_RANGE = 3'b000; endmodule
